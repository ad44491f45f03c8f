<?php
/**
 * The widget bundles (the library's dist/cdn, shipped in assets/): one ES module per widget and one with
 * all of them, enqueued only when a page renders a widget, with its Subresource-Integrity hash. WordPress
 * 6.5+ prints it through the script modules API, older versions through a classic script tag rewritten to
 * type="module".
 *
 * @package KGC_Widgets
 */

defined( 'ABSPATH' ) || exit;

const KGC_WIDGETS_HANDLE_PREFIX = 'kgc-widgets-';
/** The bundle with every widget (kgc-widgets.js): pages with more than one kind, the editor's preview. */
const KGC_WIDGETS_ALL = 'widgets';

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
 * A bundle's URL and hash.
 *
 * @param string $name Widget kind, or KGC_WIDGETS_ALL.
 * @return array{url: string, integrity: string}
 */
function kgc_widgets_bundle( string $name ): array {
	$file = "kgc-$name.js";
	return array(
		'url'       => KGC_WIDGETS_URL . 'assets/' . $file,
		'integrity' => kgc_widgets_integrity()[ $file ] ?? '',
	);
}

/**
 * Enqueues what the page needs for a widget of `$kind`: that kind's own bundle while it is the page's only
 * kind, the bundle of all widgets from the second kind on. Each per-widget bundle carries the library's
 * shared parts (<kgc-feed>, the feed cache), so two of them on one page would define <kgc-feed> twice (a
 * console warning) and fetch a feed both widgets show twice.
 *
 * @param string $kind Widget kind.
 */
function kgc_widgets_enqueue( string $kind ): void {
	static $kinds = array();
	$kinds[ $kind ] = true;
	if ( 1 === count( $kinds ) ) {
		kgc_widgets_enqueue_bundle( $kind );
		return;
	}
	foreach ( array_keys( $kinds ) as $single ) {
		if ( function_exists( 'wp_dequeue_script_module' ) ) {
			wp_dequeue_script_module( KGC_WIDGETS_HANDLE_PREFIX . $single );
		} else {
			wp_dequeue_script( KGC_WIDGETS_HANDLE_PREFIX . $single );
		}
	}
	kgc_widgets_enqueue_bundle( KGC_WIDGETS_ALL );
}

/**
 * Enqueues one bundle (once, however often it is asked for).
 *
 * @param string $name Widget kind, or KGC_WIDGETS_ALL.
 */
function kgc_widgets_enqueue_bundle( string $name ): void {
	$handle = KGC_WIDGETS_HANDLE_PREFIX . $name;
	$url    = kgc_widgets_bundle( $name )['url'];
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
 * The bundle a script handle or module id belongs to (a widget kind or KGC_WIDGETS_ALL), or ''.
 *
 * @param string $handle Handle or element id.
 */
function kgc_widgets_bundle_of( string $handle ): string {
	$name = preg_replace( '/-js(-module)?$/', '', substr( $handle, strlen( KGC_WIDGETS_HANDLE_PREFIX ) ) );
	$ours = KGC_WIDGETS_ALL === $name || in_array( $name, KGC_WIDGETS_KINDS, true );
	return str_starts_with( $handle, KGC_WIDGETS_HANDLE_PREFIX ) && $ours ? $name : '';
}

/**
 * The attributes our module tags carry besides `src`: integrity, crossorigin and the feed-origin allowlist.
 *
 * @param string $name Widget kind, or KGC_WIDGETS_ALL.
 * @return array<string, string>
 */
function kgc_widgets_module_attributes( string $name ): array {
	$attributes = array(
		'integrity'   => kgc_widgets_bundle( $name )['integrity'],
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
	$name = kgc_widgets_bundle_of( (string) ( $attributes['id'] ?? '' ) );
	if ( '' === $name || 'module' !== ( $attributes['type'] ?? '' ) ) {
		return $attributes;
	}
	return array_merge( $attributes, kgc_widgets_module_attributes( $name ) );
}

/**
 * WordPress before 6.5: turns our classic script tags into module tags with the same attributes.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 */
function kgc_widgets_script_loader_tag( string $tag, string $handle ): string {
	$bundle = kgc_widgets_bundle_of( $handle );
	if ( '' === $bundle ) {
		return $tag;
	}
	$extra = ' type="module"';
	foreach ( kgc_widgets_module_attributes( $bundle ) as $name => $value ) {
		$extra .= sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/^<script\b/', '<script' . $extra, $tag, 1 );
}

/**
 * The editor script's data: the bundle of all widgets for the live preview (a post may hold several kinds,
 * and an author switches between them), the default feed, the colour tokens.
 */
function kgc_widgets_editor_data(): void {
	$handle = generate_block_asset_handle( 'kgc/widget', 'editorScript' );
	$data   = array(
		'bundle' => kgc_widgets_bundle( KGC_WIDGETS_ALL ),
		'src'    => kgc_widgets_settings()['src'],
		'tokens' => (object) kgc_widgets_token_map( kgc_widgets_settings()['tokens'] ),
	);
	wp_add_inline_script( $handle, 'window.kgcWidgetsEditor = ' . wp_json_encode( $data ) . ';', 'before' );
	wp_set_script_translations( $handle, 'kgc-widgets', KGC_WIDGETS_DIR . 'languages' );
}
