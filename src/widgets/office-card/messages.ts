/** Texts of `<kgc-office-card>`: German first, English complete (same shape). */
export const messages = {
  de: {
    kicker: (land: string) => `Koordinierungsstelle · ${land}`,
    organization: 'Träger',
    address: 'Anschrift',
    contact: 'Kontakt',
    website: 'Website',
    websiteOf: (name: string) => `der ${name}`,
    focus: 'Schwerpunkte',
    email: 'E-Mail',
    phone: 'Telefon',
    none: (land: string) => `Für ${land} ist in den Daten keine Koordinierungsstelle eingetragen.`,
    noLand: 'Für welches Land die Koordinierungsstelle gezeigt werden soll, ist nicht angegeben.',
    overview: 'Alle Koordinierungsstellen im Überblick',
  },
  en: {
    kicker: (land: string) => `Coordination office · ${land}`,
    organization: 'Organisation',
    address: 'Address',
    contact: 'Contact',
    website: 'Website',
    websiteOf: (name: string) => `of ${name}`,
    focus: 'Focus areas',
    email: 'Email',
    phone: 'Phone',
    none: (land: string) => `The data lists no coordination office for ${land}.`,
    noLand: 'No state is given for which to show the coordination office.',
    overview: 'All coordination offices',
  },
};

export type OfficeCardMessages = (typeof messages)['de'];
