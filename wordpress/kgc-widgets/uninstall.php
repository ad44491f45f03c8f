<?php
/**
 * Removes the plugin's options when it is deleted.
 *
 * @package KGC_Widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'kgc_widgets_settings' );
