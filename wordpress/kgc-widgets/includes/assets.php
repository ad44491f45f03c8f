<?php
/**
 * The widget bundles (the library's dist/cdn, shipped in assets/): one ES module per widget, enqueued only
 * when a page renders that widget, with its Subresource-Integrity hash. WordPress 6.5+ prints it through
 * the script modules API, older versions through a classic script tag rewritten to type="module".
 *
 * @package KGC_Widgets
 */

defined( 'ABSPATH' ) || exit;

const KGC_WIDGETS_HANDLE_PREFIX = 'kgc-widgets-';

add_filter( 'wp_script_attributes', 'kgc_widgets_script_attributes' );
add_filter( 'script_loader_tag', 'kgc_widgets_script_loader_tag', 10, 2 );
add_filter( 'the_content', 'kgc_widgets_enqueue_pasted', 20 );

/**
 * The sha384 hashes of the bundles (assets/integrity.json, written by the library's build).
 *
 * @return array<string, string> File name → `sha384-…`.
 */
function kgc_widgets_integrity(): array {
	static $integrity = null;
	if ( null === $integrity ) {
		$file      = KGC_WIDGETS_DIR . 'assets/integrity.json';
		$json      = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$integrity = is_array( $json ) ? $json : array();
	}
	return $integrity;
}

/**
 * The bundle of one widget kind: its URL and hash.
 *
 * @param string $kind Widget kind.
 * @return array{url: string, integrity: string}
 */
function kgc_widgets_bundle( string $kind ): array {
	$file = "kgc-$kind.js";
	return array(
		'url'       => KGC_WIDGETS_URL . 'assets/' . $file,
		'integrity' => kgc_widgets_integrity()[ $file ] ?? '',
	);
}

/**
 * Enqueues the bundle of one widget kind (once, however many widgets of it the page has).
 *
 * @param string $kind Widget kind.
 */
function kgc_widgets_enqueue( string $kind ): void {
	$handle = KGC_WIDGETS_HANDLE_PREFIX . $kind;
	$url    = kgc_widgets_bundle( $kind )['url'];
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( $handle, $url, array(), null );
	} else {
		wp_enqueue_script( $handle, $url, array(), null, true ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- the integrity hash pins the file.
	}
}

/**
 * Enqueues the bundles of elements and placeholders pasted into the content (Custom HTML, classic editor).
 *
 * @param string $content The post's rendered content.
 */
function kgc_widgets_enqueue_pasted( string $content ): string {
	if ( preg_match_all( '/<kgc-([a-z-]+)|\bdata-kgc-widget=["\']?([a-z-]+)/', $content, $matches ) ) {
		foreach ( array_intersect( KGC_WIDGETS_KINDS, array_merge( $matches[1], $matches[2] ) ) as $kind ) {
			kgc_widgets_enqueue( $kind );
		}
	}
	return $content;
}

/**
 * The widget kind a script handle or module id belongs to, or ''.
 *
 * @param string $handle Handle or element id.
 */
function kgc_widgets_kind_of( string $handle ): string {
	$kind = preg_replace( '/-js(-module)?$/', '', substr( $handle, strlen( KGC_WIDGETS_HANDLE_PREFIX ) ) );
	return str_starts_with( $handle, KGC_WIDGETS_HANDLE_PREFIX ) && in_array( $kind, KGC_WIDGETS_KINDS, true ) ? $kind : '';
}

/**
 * The attributes our module tags carry besides `src`: integrity, crossorigin and the feed-origin allowlist.
 *
 * @param string $kind Widget kind.
 * @return array<string, string>
 */
function kgc_widgets_module_attributes( string $kind ): array {
	$attributes = array(
		'integrity'   => kgc_widgets_bundle( $kind )['integrity'],
		'crossorigin' => 'anonymous',
	);
	$allow      = kgc_widgets_settings()['allow'];
	if ( '' !== $allow ) {
		$attributes['data-kgc-allow'] = $allow;
	}
	return array_filter( $attributes, static fn( $value ) => '' !== $value );
}

/**
 * WordPress 6.5+: adds integrity, crossorigin and the allowlist to our script modules' tags.
 *
 * @param array<string, mixed> $attributes Script tag attributes.
 * @return array<string, mixed>
 */
function kgc_widgets_script_attributes( array $attributes ): array {
	$kind = kgc_widgets_kind_of( (string) ( $attributes['id'] ?? '' ) );
	if ( '' === $kind || 'module' !== ( $attributes['type'] ?? '' ) ) {
		return $attributes;
	}
	return array_merge( $attributes, kgc_widgets_module_attributes( $kind ) );
}

/**
 * WordPress before 6.5: turns our classic script tags into module tags with the same attributes.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 */
function kgc_widgets_script_loader_tag( string $tag, string $handle ): string {
	$kind = kgc_widgets_kind_of( $handle );
	if ( '' === $kind ) {
		return $tag;
	}
	$extra = ' type="module"';
	foreach ( kgc_widgets_module_attributes( $kind ) as $name => $value ) {
		$extra .= sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/^<script\b/', '<script' . $extra, $tag, 1 );
}

/** The editor script's data: bundles and hashes for the live preview, the default feed, the Länder. */
function kgc_widgets_editor_data(): void {
	$bundles = array();
	foreach ( KGC_WIDGETS_KINDS as $kind ) {
		$bundles[ $kind ] = kgc_widgets_bundle( $kind );
	}
	$handle = generate_block_asset_handle( 'kgc/widget', 'editorScript' );
	$data   = array(
		'bundles' => $bundles,
		'src'     => kgc_widgets_settings()['src'],
		'tokens'  => (object) kgc_widgets_token_map( kgc_widgets_settings()['tokens'] ),
	);
	wp_add_inline_script( $handle, 'window.kgcWidgetsEditor = ' . wp_json_encode( $data ) . ';', 'before' );
	wp_set_script_translations( $handle, 'kgc-widgets', KGC_WIDGETS_DIR . 'languages' );
}
