<?php
/**
 * Lets the six elements and their placeholders through kses in post content, so that what editors paste
 * survives saving; event handler attributes (`on*`) are never listed and stay stripped.
 *
 * @package KGC_Widgets
 */

defined( 'ABSPATH' ) || exit;

/** Every attribute of the six elements (the library's custom-elements.json), plus the global ones kses knows. */
const KGC_WIDGETS_ELEMENT_ATTRIBUTES = array(
	'kgc-event-calendar' => array( 'src', 'month', 'today', 'view', 'land', 'land-only', 'category', 'tag', 'filters', 'url-state', 'limit', 'heading-level', 'structured-data', 'timeout' ),
	'kgc-project-list'   => array( 'src', 'land', 'target-area', 'setting', 'facets', 'page-size', 'sort', 'url-state', 'heading-level', 'timeout' ),
	'kgc-project-card'   => array( 'src', 'project-id', 'variant', 'highlight', 'heading-level', 'timeout' ),
	'kgc-partner-map'    => array( 'src', 'land', 'show', 'kind', 'heading-level', 'timeout' ),
	'kgc-news-list'      => array( 'src', 'limit', 'tag', 'filters', 'more-href', 'variant', 'heading-level', 'timeout' ),
	'kgc-office-card'    => array( 'src', 'land', 'heading-level', 'timeout' ),
	'kgc-feed'           => array( 'src', 'timeout' ),
);

/**
 * Adds the elements, and `data-kgc-*` on `div` (placeholders), to the `post` context.
 *
 * @param array<string, array<string, bool>> $allowed Allowed tags → attributes.
 * @param string|array                       $context The kses context.
 * @return array<string, array<string, bool>>
 */
function kgc_widgets_kses_allowed_html( array $allowed, string|array $context ): array {
	if ( 'post' !== $context ) {
		return $allowed;
	}
	$global = array_fill_keys( array( 'id', 'class', 'title', 'lang', 'style' ), true );
	foreach ( KGC_WIDGETS_ELEMENT_ATTRIBUTES as $tag => $attributes ) {
		$allowed[ $tag ] = array_merge( $global, array_fill_keys( $attributes, true ) );
	}
	$placeholder = array( 'data-kgc-widget' => true );
	foreach ( array_merge( ...array_values( KGC_WIDGETS_ELEMENT_ATTRIBUTES ) ) as $attribute ) {
		$placeholder[ "data-kgc-$attribute" ] = true;
	}
	$allowed['div'] = array_merge( $allowed['div'] ?? array(), $placeholder, array( 'data-kgc-lang' => true ) );
	return $allowed;
}
