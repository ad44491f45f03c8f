/**
 * The KGC-Widget block's editor: the real element as a live preview in the canvas and its options in the
 * sidebar. Build-free (plain JavaScript on WordPress's globals), so it loads on WordPress 6.1 to 6.8.
 * The post stores only the block comment; the page is rendered on the server (includes/widgets.php).
 */
( function ( wp ) {
	const el = wp.element.createElement;
	const { useEffect, useRef, Fragment } = wp.element;
	const { __ } = wp.i18n;
	const { useBlockProps, InspectorControls } = wp.blockEditor;
	const { PanelBody, SelectControl, TextControl, CheckboxControl } = wp.components;
	const data = window.kgcWidgetsEditor || { bundle: null, src: '', tokens: {} };

	const KINDS = [
		[ 'event-calendar', __( 'Event calendar', 'kgc-widgets' ) ],
		[ 'project-list', __( 'Project list', 'kgc-widgets' ) ],
		[ 'project-card', __( 'Project', 'kgc-widgets' ) ],
		[ 'partner-map', __( 'Partner map', 'kgc-widgets' ) ],
		[ 'news-list', __( 'News', 'kgc-widgets' ) ],
		[ 'office-card', __( 'Coordination office', 'kgc-widgets' ) ],
	];
	const LAENDER = [
		[ 'BW', 'Baden-Württemberg' ],
		[ 'BY', 'Bayern' ],
		[ 'BE', 'Berlin' ],
		[ 'BB', 'Brandenburg' ],
		[ 'HB', 'Bremen' ],
		[ 'HH', 'Hamburg' ],
		[ 'HE', 'Hessen' ],
		[ 'MV', 'Mecklenburg-Vorpommern' ],
		[ 'NI', 'Niedersachsen' ],
		[ 'NW', 'Nordrhein-Westfalen' ],
		[ 'RP', 'Rheinland-Pfalz' ],
		[ 'SL', 'Saarland' ],
		[ 'SN', 'Sachsen' ],
		[ 'ST', 'Sachsen-Anhalt' ],
		[ 'SH', 'Schleswig-Holstein' ],
		[ 'TH', 'Thüringen' ],
	];
	const FACETS = [
		[ 'land', __( 'Land', 'kgc-widgets' ) ],
		[ 'target-area', __( 'Target area', 'kgc-widgets' ) ],
		[ 'target-group', __( 'Target group', 'kgc-widgets' ) ],
		[ 'setting', __( 'Setting', 'kgc-widgets' ) ],
		[ 'age-group', __( 'Age group', 'kgc-widgets' ) ],
		[ 'good-practice', __( 'Good practice', 'kgc-widgets' ) ],
	];
	/** Block attribute → element attribute, for the preview. */
	const ELEMENT_ATTRIBUTES = {
		land: 'land',
		lang: 'lang',
		headingLevel: 'heading-level',
		view: 'view',
		month: 'month',
		limit: 'limit',
		pageSize: 'page-size',
		facets: 'facets',
		projectId: 'project-id',
	};
	/**
	 * The controls' current look (40 px fields, no bottom margin of their own: the block inspector spaces
	 * them), which WordPress 6.7+ asks for; 6.1 knows the margin prop and ignores the size prop.
	 */
	const CONTROL_STYLE = { __next40pxDefaultSize: true, __nextHasNoMarginBottom: true };
	const options = ( pairs, empty ) =>
		[ { value: '', label: empty } ].concat( pairs.map( ( [ value, label ] ) => ( { value, label } ) ) );

	/**
	 * Loads the bundle of all widgets once into the document the canvas lives in (the editor's, or its
	 * iframe's): one set of element definitions and one feed cache for every block in the post.
	 */
	function loadBundle( doc ) {
		const bundle = data.bundle;
		if ( ! bundle || doc.querySelector( 'script[data-kgc-widgets-preview]' ) ) return;
		const script = doc.createElement( 'script' );
		script.type = 'module';
		script.src = bundle.url;
		if ( bundle.integrity ) script.integrity = bundle.integrity;
		script.crossOrigin = 'anonymous';
		script.dataset.kgcWidgetsPreview = '';
		doc.head.appendChild( script );
	}

	function Preview( { attributes } ) {
		const ref = useRef();
		const kind = attributes.widget;
		useEffect( () => {
			if ( ref.current ) loadBundle( ref.current.ownerDocument );
		}, [] );
		const props = { key: kind, src: attributes.src || data.src || undefined };
		for ( const [ name, attribute ] of Object.entries( ELEMENT_ATTRIBUTES ) ) {
			if ( attributes[ name ] ) props[ attribute ] = attributes[ name ];
		}
		return el( 'div', { ref, style: data.tokens }, el( `kgc-${ kind }`, props ) );
	}

	function Sidebar( { attributes, setAttributes } ) {
		const kind = attributes.widget;
		const text = ( name, label, extra ) =>
			el(
				TextControl,
				Object.assign(
					{ label, value: attributes[ name ], onChange: ( value ) => setAttributes( { [ name ]: value } ) },
					CONTROL_STYLE,
					extra
				)
			);
		const select = ( name, label, list ) =>
			el( SelectControl, {
				...CONTROL_STYLE,
				label,
				value: attributes[ name ],
				options: list,
				onChange: ( value ) => setAttributes( { [ name ]: value } ),
			} );
		const facets = attributes.facets ? attributes.facets.split( ' ' ) : FACETS.map( ( [ key ] ) => key );
		const toggleFacet = ( key, on ) => {
			const next = FACETS.map( ( [ k ] ) => k ).filter( ( k ) => ( k === key ? on : facets.includes( k ) ) );
			setAttributes( { facets: next.length === FACETS.length ? '' : next.join( ' ' ) } );
		};
		return el(
			PanelBody,
			{ title: __( 'Widget', 'kgc-widgets' ) },
			select( 'widget', __( 'Kind', 'kgc-widgets' ), KINDS.map( ( [ value, label ] ) => ( { value, label } ) ) ),
			text( 'src', __( 'Feed URL', 'kgc-widgets' ), {
				type: 'url',
				placeholder: data.src,
				help: __( 'Empty: the default from Settings → KGC-Widgets.', 'kgc-widgets' ),
			} ),
			select( 'land', __( 'Land', 'kgc-widgets' ), options( LAENDER, __( 'All Länder', 'kgc-widgets' ) ) ),
			kind === 'event-calendar' &&
				select(
					'view',
					__( 'Calendar view', 'kgc-widgets' ),
					options(
						[
							[ 'month', __( 'Month', 'kgc-widgets' ) ],
							[ 'list', __( 'List', 'kgc-widgets' ) ],
						],
						__( 'Automatic', 'kgc-widgets' )
					)
				),
			kind === 'event-calendar' &&
				text( 'month', __( 'Month (YYYY-MM)', 'kgc-widgets' ), {
					placeholder: '2026-05',
					help: __( 'Empty: the current month.', 'kgc-widgets' ),
				} ),
			kind === 'project-list' &&
				text( 'pageSize', __( 'Projects per page', 'kgc-widgets' ), { type: 'number', min: 1 } ),
			kind === 'project-list' &&
				el(
					'fieldset',
					null,
					el( 'legend', null, __( 'Filters', 'kgc-widgets' ) ),
					FACETS.map( ( [ key, label ] ) =>
						el( CheckboxControl, {
							__nextHasNoMarginBottom: true,
							key,
							label,
							checked: facets.includes( key ),
							onChange: ( on ) => toggleFacet( key, on ),
						} )
					)
				),
			kind === 'project-card' && text( 'projectId', __( 'Project ID', 'kgc-widgets' ) ),
			kind === 'news-list' && text( 'limit', __( 'Number of news items', 'kgc-widgets' ), { type: 'number', min: 1 } ),
			select(
				'headingLevel',
				__( 'Heading level', 'kgc-widgets' ),
				options(
					[ '2', '3', '4', '5', '6' ].map( ( n ) => [ n, `H${ n }` ] ),
					__( 'Automatic', 'kgc-widgets' )
				)
			),
			select(
				'lang',
				__( 'Language', 'kgc-widgets' ),
				options(
					[
						[ 'de', 'Deutsch' ],
						[ 'en', 'English' ],
					],
					__( 'Language of the page', 'kgc-widgets' )
				)
			),
			text( 'link', __( 'Link for visitors without JavaScript', 'kgc-widgets' ), { type: 'url' } )
		);
	}

	wp.blocks.registerBlockType( 'kgc/widget', {
		edit( props ) {
			return el(
				Fragment,
				null,
				el( InspectorControls, null, el( Sidebar, props ) ),
				el( 'div', useBlockProps(), el( Preview, props ) )
			);
		},
		save: () => null,
	} );
} )( window.wp );
