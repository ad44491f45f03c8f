<?php
/**
 * Plugin Name:       KGC-Widgets
 * Plugin URI:        https://github.com/kgc-widgets/kgc-widgets
 * Description:       Widgets of the Kooperationsverbund Gesundheitliche Chancengleichheit (events, projects, partner map, offices, news) as a block and a shortcode, served from this site.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * Author:            Kooperationsverbund Gesundheitliche Chancengleichheit
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       kgc-widgets
 * Domain Path:       /languages
 *
 * @package KGC_Widgets
 */

defined( 'ABSPATH' ) || exit;

const KGC_WIDGETS_VERSION = '0.1.0';
define( 'KGC_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );
define( 'KGC_WIDGETS_URL', plugin_dir_url( __FILE__ ) );

require_once KGC_WIDGETS_DIR . 'includes/widgets.php';
require_once KGC_WIDGETS_DIR . 'includes/assets.php';
require_once KGC_WIDGETS_DIR . 'includes/settings.php';
require_once KGC_WIDGETS_DIR . 'includes/kses.php';

add_action( 'init', 'kgc_widgets_init' );
add_action( 'admin_menu', 'kgc_widgets_add_settings_page' );
add_action( 'admin_init', 'kgc_widgets_register_settings' );
add_filter( 'wp_kses_allowed_html', 'kgc_widgets_kses_allowed_html', 10, 2 );

/** Loads the translations, registers the block and the shortcode. */
function kgc_widgets_init(): void {
	load_plugin_textdomain( 'kgc-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	register_block_type(
		KGC_WIDGETS_DIR . 'block',
		array( 'render_callback' => 'kgc_widgets_render_block' )
	);
	add_shortcode( 'kgc_widget', 'kgc_widgets_shortcode' );
	kgc_widgets_editor_data();
}
