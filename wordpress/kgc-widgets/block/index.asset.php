<?php
/**
 * Dependencies of the build-free editor script.
 *
 * @package KGC_Widgets
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => '0.1.0',
);
