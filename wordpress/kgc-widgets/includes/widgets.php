<?php
/**
 * The six widgets: their attributes, how block and shortcode attributes become a custom element with
 * escaped attributes and a fallback link inside it.
 *
 * @package KGC_Widgets
 */

defined( 'ABSPATH' ) || exit;

/** Widget kinds (the element is `kgc-<kind>`). */
const KGC_WIDGETS_KINDS = array( 'event-calendar', 'project-list', 'project-card', 'partner-map', 'news-list', 'office-card' );

/** The Länder (ISO 3166-2 without `DE-`). */
const KGC_WIDGETS_LAENDER = array( 'BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH' );

/** Element attributes each kind takes, besides `src`, `land`, `lang` and `heading-level`. */
const KGC_WIDGETS_OPTIONS = array(
	'event-calendar' => array( 'view', 'month', 'limit' ),
	'project-list'   => array( 'page-size', 'facets' ),
	'project-card'   => array( 'project-id' ),
	'partner-map'    => array(),
	'news-list'      => array( 'limit' ),
	'office-card'    => array(),
);

/** The project list's facet keys. */
const KGC_WIDGETS_FACETS = array( 'land', 'target-area', 'target-group', 'setting', 'age-group', 'good-practice' );

/** Block attribute (camelCase) → element attribute. */
const KGC_WIDGETS_BLOCK_ATTRIBUTES = array(
	'widget'       => 'type',
	'src'          => 'src',
	'land'         => 'land',
	'lang'         => 'lang',
	'headingLevel' => 'heading-level',
	'view'         => 'view',
	'month'        => 'month',
	'limit'        => 'limit',
	'pageSize'     => 'page-size',
	'facets'       => 'facets',
	'projectId'    => 'project-id',
	'link'         => 'link',
);

/**
 * The widget's name for visitors (the fallback link's text).
 *
 * @param string $kind Widget kind.
 */
function kgc_widgets_label( string $kind ): string {
	$labels = array(
		'event-calendar' => __( 'Event calendar', 'kgc-widgets' ),
		'project-list'   => __( 'Project list', 'kgc-widgets' ),
		'project-card'   => __( 'Project', 'kgc-widgets' ),
		'partner-map'    => __( 'Partner map', 'kgc-widgets' ),
		'news-list'      => __( 'News', 'kgc-widgets' ),
		'office-card'    => __( 'Coordination office', 'kgc-widgets' ),
	);
	return $labels[ $kind ] ?? $kind;
}

/**
 * An http(s) URL or a site-relative path; anything else (javascript:, data:, …) is ''.
 *
 * @param mixed $value Raw value.
 */
function kgc_widgets_clean_url( mixed $value ): string {
	$value = trim( is_scalar( $value ) ? (string) $value : '' );
	if ( ! preg_match( '#^(https?://|/(?!/))#i', $value ) ) {
		return '';
	}
	return esc_url_raw( $value, array( 'http', 'https' ) );
}

/**
 * One element attribute's value, validated; '' when invalid or absent.
 *
 * @param string $name  Element attribute.
 * @param mixed  $value Raw value.
 */
function kgc_widgets_clean_attribute( string $name, mixed $value ): string {
	$value = trim( is_scalar( $value ) ? (string) $value : '' );
	switch ( $name ) {
		case 'src':
		case 'link':
			return kgc_widgets_clean_url( $value );
		case 'land':
			$land = strtoupper( preg_replace( '/^DE-/i', '', $value ) );
			return in_array( $land, KGC_WIDGETS_LAENDER, true ) ? $land : '';
		case 'lang':
			return in_array( $value, array( 'de', 'en' ), true ) ? $value : '';
		case 'heading-level':
			return preg_match( '/^[1-6]$/', $value ) ? $value : '';
		case 'view':
			return in_array( $value, array( 'month', 'list' ), true ) ? $value : '';
		case 'month':
			return preg_match( '/^\d{4}-(0[1-9]|1[0-2])$/', $value ) ? $value : '';
		case 'limit':
		case 'page-size':
			return preg_match( '/^[1-9]\d{0,3}$/', $value ) ? $value : '';
		case 'facets':
			$keys = array_intersect( preg_split( '/[\s,]+/', $value, -1, PREG_SPLIT_NO_EMPTY ), KGC_WIDGETS_FACETS );
			return implode( ' ', array_unique( $keys ) );
		case 'project-id':
			return substr( sanitize_text_field( $value ), 0, 200 );
	}
	return '';
}

/**
 * The custom element for one widget, with its fallback link, and its bundle enqueued; '' for an unknown kind.
 *
 * @param array<string, mixed> $attributes Element attribute names (plus `type` and `link`) → raw values.
 */
function kgc_widgets_render( array $attributes ): string {
	$kind = is_string( $attributes['type'] ?? null ) ? strtolower( trim( $attributes['type'] ) ) : '';
	if ( ! in_array( $kind, KGC_WIDGETS_KINDS, true ) ) {
		return '';
	}
	$settings = kgc_widgets_settings();
	$names    = array_merge( array( 'src', 'land', 'lang', 'heading-level' ), KGC_WIDGETS_OPTIONS[ $kind ] );
	$html     = '';
	foreach ( $names as $name ) {
		$value = kgc_widgets_clean_attribute( $name, $attributes[ $name ] ?? '' );
		if ( 'src' === $name && '' === $value ) {
			$value = $settings['src'];
		}
		if ( '' !== $value ) {
			$html .= sprintf( ' %s="%s"', $name, 'src' === $name ? esc_url( $value ) : esc_attr( $value ) );
		}
	}
	$style = kgc_widgets_token_style( $settings['tokens'] );
	if ( '' !== $style ) {
		$html .= ' style="' . esc_attr( $style ) . '"';
	}
	$link = kgc_widgets_clean_attribute( 'link', $attributes['link'] ?? '' );
	$link = '' !== $link ? $link : kgc_widgets_clean_url( $settings['src'] );
	kgc_widgets_enqueue( $kind );
	$fallback = '' !== $link
		? sprintf( '<a href="%s">%s</a>', esc_url( $link ), esc_html( kgc_widgets_label( $kind ) ) )
		: esc_html( kgc_widgets_label( $kind ) );
	return sprintf( '<kgc-%1$s%2$s>%3$s</kgc-%1$s>', $kind, $html, $fallback );
}

/**
 * The block's server-side render.
 *
 * @param array<string, mixed> $attributes Block attributes.
 */
function kgc_widgets_render_block( array $attributes ): string {
	$element = array();
	foreach ( KGC_WIDGETS_BLOCK_ATTRIBUTES as $block_name => $name ) {
		if ( isset( $attributes[ $block_name ] ) ) {
			$element[ $name ] = $attributes[ $block_name ];
		}
	}
	$html = kgc_widgets_render( $element );
	return '' === $html ? '' : '<div ' . get_block_wrapper_attributes() . '>' . $html . '</div>';
}

/**
 * `[kgc_widget type="event-calendar" land="ST" src="…"]`: the element attributes by their own names.
 *
 * @param array<string, string>|string $atts Shortcode attributes ('' when none).
 */
function kgc_widgets_shortcode( array|string $atts ): string {
	return kgc_widgets_render( is_array( $atts ) ? $atts : array() );
}
