<?php
/**
 * Settings → KGC-Widgets: the default feed URL, the feed origins widgets accept and default colours.
 *
 * @package KGC_Widgets
 */

defined( 'ABSPATH' ) || exit;

const KGC_WIDGETS_OPTION = 'kgc_widgets_settings';

/** The colour tokens the settings page offers (the library's `--kgc-*` custom properties). */
const KGC_WIDGETS_TOKENS = array( '--kgc-color-primary', '--kgc-color-on-primary', '--kgc-color-text', '--kgc-color-surface', '--kgc-color-focus' );

/**
 * The settings, with defaults for what is missing.
 *
 * @return array{src: string, allow: string, tokens: array<string, string>}
 */
function kgc_widgets_settings(): array {
	$stored = get_option( KGC_WIDGETS_OPTION, array() );
	$stored = is_array( $stored ) ? $stored : array();
	return array(
		'src'    => is_string( $stored['src'] ?? null ) ? $stored['src'] : '',
		'allow'  => is_string( $stored['allow'] ?? null ) ? $stored['allow'] : '',
		'tokens' => is_array( $stored['tokens'] ?? null ) ? $stored['tokens'] : array(),
	);
}

/**
 * The tokens as a style attribute's value (`--kgc-color-primary:#004b87;…`), valid colours only.
 *
 * @param array<string, string> $tokens Token → colour.
 */
function kgc_widgets_token_style( array $tokens ): string {
	$style = '';
	foreach ( kgc_widgets_token_map( $tokens ) as $token => $colour ) {
		$style .= "$token:$colour;";
	}
	return $style;
}

/**
 * The tokens that hold a valid colour.
 *
 * @param array<string, string> $tokens Token → colour.
 * @return array<string, string>
 */
function kgc_widgets_token_map( array $tokens ): array {
	$valid = array();
	foreach ( KGC_WIDGETS_TOKENS as $token ) {
		$colour = sanitize_hex_color( $tokens[ $token ] ?? '' );
		if ( $colour ) {
			$valid[ $token ] = $colour;
		}
	}
	return $valid;
}

/**
 * The origin of an http(s) URL (`https://example.org`, with a port when it has one), or ''.
 *
 * @param string $url Raw value.
 */
function kgc_widgets_origin( string $url ): string {
	$parts = wp_parse_url( trim( $url ) );
	if ( ! is_array( $parts ) || ! in_array( $parts['scheme'] ?? '', array( 'http', 'https' ), true ) || empty( $parts['host'] ) ) {
		return '';
	}
	if ( ! preg_match( '/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/i', $parts['host'] ) ) {
		return '';
	}
	return strtolower( $parts['scheme'] . '://' . $parts['host'] ) . ( isset( $parts['port'] ) ? ':' . (int) $parts['port'] : '' );
}

/**
 * Validates the settings form: an http(s) feed URL, http(s) origins, hex colours; the rest is dropped
 * with a notice.
 *
 * @param mixed $input Submitted values.
 * @return array{src: string, allow: string, tokens: array<string, string>}
 */
function kgc_widgets_sanitize_settings( mixed $input ): array {
	$input = is_array( $input ) ? $input : array();
	$src   = kgc_widgets_clean_url( $input['src'] ?? '' );
	if ( '' === $src && '' !== trim( (string) ( $input['src'] ?? '' ) ) ) {
		add_settings_error( KGC_WIDGETS_OPTION, 'src', __( 'The feed URL must start with https:// or http://.', 'kgc-widgets' ) );
	}
	$origins = array();
	foreach ( preg_split( '/\s+/', (string) ( $input['allow'] ?? '' ), -1, PREG_SPLIT_NO_EMPTY ) as $entry ) {
		$origin = kgc_widgets_origin( $entry );
		if ( '' === $origin ) {
			/* translators: %s: what was entered */
			add_settings_error( KGC_WIDGETS_OPTION, 'allow', sprintf( __( '"%s" is not an origin (https://host); ignored.', 'kgc-widgets' ), $entry ) );
		} else {
			$origins[] = $origin;
		}
	}
	$tokens = array();
	foreach ( KGC_WIDGETS_TOKENS as $token ) {
		$value  = trim( (string) ( $input['tokens'][ $token ] ?? '' ) );
		$colour = sanitize_hex_color( $value );
		if ( $colour ) {
			$tokens[ $token ] = $colour;
		} elseif ( '' !== $value ) {
			/* translators: 1: token name, 2: what was entered */
			add_settings_error( KGC_WIDGETS_OPTION, 'tokens', sprintf( __( '%1$s: "%2$s" is not a colour (#rrggbb); ignored.', 'kgc-widgets' ), $token, $value ) );
		}
	}
	return array(
		'src'    => $src,
		'allow'  => implode( ' ', array_unique( $origins ) ),
		'tokens' => $tokens,
	);
}

/** Registers the option with its validation. */
function kgc_widgets_register_settings(): void {
	register_setting(
		'kgc_widgets',
		KGC_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'kgc_widgets_sanitize_settings',
			'default'           => array(),
		)
	);
}

/** Adds Settings → KGC-Widgets. */
function kgc_widgets_add_settings_page(): void {
	add_options_page( __( 'KGC-Widgets settings', 'kgc-widgets' ), 'KGC-Widgets', 'manage_options', 'kgc-widgets', 'kgc_widgets_settings_page' );
}

/** The settings page. */
function kgc_widgets_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = kgc_widgets_settings();
	$name     = KGC_WIDGETS_OPTION;
	$labels   = array(
		'--kgc-color-primary'    => __( 'Primary colour (links, buttons)', 'kgc-widgets' ),
		'--kgc-color-on-primary' => __( 'Text on the primary colour', 'kgc-widgets' ),
		'--kgc-color-text'       => __( 'Text colour', 'kgc-widgets' ),
		'--kgc-color-surface'    => __( 'Background colour', 'kgc-widgets' ),
		'--kgc-color-focus'      => __( 'Focus outline colour', 'kgc-widgets' ),
	);
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'KGC-Widgets settings', 'kgc-widgets' ); ?></h1>
		<form method="post" action="options.php">
			<?php settings_fields( 'kgc_widgets' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="kgc-widgets-src"><?php esc_html_e( 'Default feed URL', 'kgc-widgets' ); ?></label></th>
					<td>
						<input type="url" class="regular-text" id="kgc-widgets-src" name="<?php echo esc_attr( $name ); ?>[src]" value="<?php echo esc_attr( $settings['src'] ); ?>" placeholder="https://example.org/kgc-feed.json">
						<p class="description"><?php esc_html_e( 'Used by every widget whose feed URL is left empty.', 'kgc-widgets' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="kgc-widgets-allow"><?php esc_html_e( 'Allowed feed origins', 'kgc-widgets' ); ?></label></th>
					<td>
						<textarea class="large-text" rows="3" id="kgc-widgets-allow" name="<?php echo esc_attr( $name ); ?>[allow]"><?php echo esc_textarea( $settings['allow'] ); ?></textarea>
						<p class="description"><?php esc_html_e( 'One origin per line (https://host). Widgets load feeds only from these; empty: from any origin.', 'kgc-widgets' ); ?></p>
					</td>
				</tr>
				<?php foreach ( $labels as $token => $label ) : ?>
					<tr>
						<th scope="row"><label for="kgc-widgets<?php echo esc_attr( $token ); ?>"><?php echo esc_html( $label ); ?></label></th>
						<td>
							<input type="text" class="small-text" id="kgc-widgets<?php echo esc_attr( $token ); ?>" name="<?php echo esc_attr( $name ); ?>[tokens][<?php echo esc_attr( $token ); ?>]" value="<?php echo esc_attr( $settings['tokens'][ $token ] ?? '' ); ?>" placeholder="#004b87" pattern="#([0-9a-fA-F]{3}){1,2}">
							<code><?php echo esc_html( $token ); ?></code>
						</td>
					</tr>
				<?php endforeach; ?>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
