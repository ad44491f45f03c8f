/**
 * Feed-Werkstatt (demo/werkstatt.html): a publisher chooses or drops spreadsheets, calendars and news feeds,
 * names the collection of each, and gets feed.json and the report — with the converter of `kgc-feed build`
 * (src/convert/), run in this page. Files are read with `File.arrayBuffer()`; nothing is sent anywhere (the
 * page's Content-Security-Policy allows no request but to its own origin, and the conversion makes none).
 * Plain lit `render()` into the light DOM, so the page's stylesheet (werkstatt.css) applies.
 *
 * `mountWerkstatt(root)` builds everything inside `root`; the page calls it on `#kgc-werkstatt`.
 * `guessCollection` and `convertFiles` are exported for the tests.
 */
import { html, nothing, render } from 'lit';
import { unzipSync, zipSync } from 'fflate';
import { readSheet } from 'read-excel-file/browser';
import { assemble, COLLECTION_NAMES, serialize, type Source } from '../src/convert/assemble.js';
import { defaultPeriod, readSource } from '../src/convert/read.js';
import { formatProblem } from '../src/convert/report.js';
import type { CollectionName, SourceProblem } from '../src/convert/types.js';
import type { Cell } from '../src/convert/values.js';
import type { Feed } from '../src/feed/schema.js';
import { COLLECTION_LABELS, TEXT, type UiLang } from './werkstatt-text.js';

export interface Chosen {
  file: File;
  collection: CollectionName;
}

export interface Converted {
  problems: SourceProblem[];
  notes: SourceProblem[];
  feed: Feed;
  /** feed.json's text; absent when there were problems and no partial feed was asked for. */
  json?: string;
}

/** The name says which collection a file fills (`projekte-2026.csv`, `Termine.xlsx`); so does a calendar or a news feed. */
const NAME_HINTS: [RegExp, CollectionName][] = [
  [/\.(ics|ical)$/i, 'events'],
  [/\.(rss|atom|xml|json)$/i, 'news'],
  [/projekt|project|praxis/i, 'projects'],
  [/partner|kommun/i, 'partners'],
  [/koordin|office|stelle/i, 'offices'],
  [/termin|veranstalt|event|kalender|calendar/i, 'events'],
  [/news|meldung|aktuell|nachricht/i, 'news'],
];

/** The collection a file most likely fills: from its name, else from its first bytes, else projects. */
export async function guessCollection(file: File): Promise<CollectionName> {
  const byName = NAME_HINTS.find(([pattern]) => pattern.test(file.name));
  if (byName) return byName[1];
  const head = (await file.slice(0, 200).text()).replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'events';
  if (/^[<{]/.test(head)) return 'news';
  return 'projects';
}

/** Browsers' Windows-1252 decoder is the real one (€ for 0x80), unlike Node 20's. */
const legacy = (bytes: Uint8Array) => new TextDecoder('windows-1252').decode(bytes);

/**
 * The first sheet of an .xlsx file. The archive is unpacked and packed again uncompressed first: fflate, which
 * read-excel-file unzips with, inflates entries over 512 KB in a Worker made from a `blob:` address, and this
 * page's Content-Security-Policy (with Trusted Types) rightly forbids that; stored entries need no inflating.
 */
async function readXlsx(bytes: Uint8Array): Promise<Cell[][]> {
  const stored = zipSync(unzipSync(bytes, { filter: (entry) => /\.(xml|rels)$/.test(entry.name) }), { level: 0 });
  return (await readSheet(stored.buffer as ArrayBuffer)) as Cell[][];
}

/** Reads every chosen file and assembles the feed, as `kgc-feed build` does. */
export async function convertFiles(chosen: readonly Chosen[], partial: boolean): Promise<Converted> {
  const window = defaultPeriod();
  const sources = await Promise.all(
    chosen.map(async ({ file, collection }): Promise<Source> => {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch (error) {
        // E.g. the file was moved or deleted after it was chosen.
        const detail = error instanceof Error ? error.message : String(error);
        const message = {
          de: `die Datei kann nicht gelesen werden (${detail})`,
          en: `the file cannot be read (${detail})`,
        };
        return { collection, file: file.name, result: { items: [], problems: [{ file: file.name, message }] } };
      }
      return readSource(bytes, { collection, file: file.name, window, legacy, readXlsx });
    }),
  );
  const { feed, problems, notes } = assemble(sources);
  return { feed, problems, notes, json: problems.length && !partial ? undefined : serialize(feed) };
}

/** How many names of each collection the preview lists. */
const PREVIEW_NAMES = 5;

const nameOf = (item: { title?: string; name?: string }) => item.title ?? item.name ?? '';

export interface WerkstattOptions {
  /** Keep `document.title` in the UI language. */
  manageTitle?: boolean;
}

export interface Werkstatt {
  readonly chosen: readonly Chosen[];
  /** Resolves when the files added last have their collection guessed. */
  readonly settled: Promise<void>;
  destroy(): void;
}

export function mountWerkstatt(root: HTMLElement, options: WerkstattOptions = {}): Werkstatt {
  let lang: UiLang = root.closest('[lang]')?.getAttribute('lang') === 'en' ? 'en' : 'de';
  let chosen: Chosen[] = [];
  let partial = false;
  let busy = false;
  let status = '';
  let result: Converted | undefined;
  let downloadUrl: string | undefined;
  let dragging = false;
  let settled = Promise.resolve();
  let destroyed = false;

  const setDownload = (json: string | undefined) => {
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
    downloadUrl = json ? URL.createObjectURL(new Blob([json], { type: 'application/json' })) : undefined;
  };

  /** A new choice makes the last result stale. */
  const clearResult = () => {
    result = undefined;
    status = '';
    setDownload(undefined);
  };

  function add(files: Iterable<File>) {
    const added = [...files];
    if (!added.length) return;
    settled = Promise.all(added.map(async (file) => ({ file, collection: await guessCollection(file) }))).then(
      (entries) => {
        chosen = [...chosen, ...entries];
        clearResult();
        update();
      },
    );
  }

  async function build() {
    const t = TEXT[lang];
    if (!chosen.length) {
      status = t.noFiles;
      update();
      return;
    }
    busy = true;
    status = t.building;
    update();
    const converted = await convertFiles(chosen, partial);
    if (destroyed) return;
    busy = false;
    result = converted;
    setDownload(converted.json);
    status = TEXT[lang].summary(converted.problems.length, converted.json !== undefined);
    update();
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    dragging = false;
    add(event.dataTransfer?.files ?? []);
    update();
  };
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    if (!dragging) {
      dragging = true;
      update();
    }
  };

  const onDragLeave = (event: DragEvent) => {
    // Leaving the zone, not moving onto one of its children.
    if ((event.currentTarget as Node).contains(event.relatedTarget as Node | null)) return;
    dragging = false;
    update();
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void build();
  };

  function fileRow(entry: Chosen, index: number) {
    const t = TEXT[lang];
    const id = `ws-collection-${index}`;
    return html`<li class="ws-file">
      <span class="ws-file-name">${entry.file.name}</span>
      <span class="ws-file-size">${t.size(entry.file.size)}</span>
      <label class="visually-hidden" for=${id}>${t.collectionOf(entry.file.name)}</label>
      <select
        id=${id}
        class="ws-select"
        .value=${entry.collection}
        @change=${(event: Event) => {
          chosen = chosen.map((c, i) =>
            i === index ? { ...c, collection: (event.target as HTMLSelectElement).value as CollectionName } : c,
          );
          clearResult();
          update();
        }}
      >
        ${COLLECTION_NAMES.map(
          (name) =>
            html`<option value=${name} ?selected=${name === entry.collection}>
              ${COLLECTION_LABELS[lang][name]}
            </option>`,
        )}
      </select>
      <button
        type="button"
        class="ws-secondary"
        aria-label=${t.removeOf(entry.file.name)}
        @click=${() => {
          chosen = chosen.filter((_, i) => i !== index);
          clearResult();
          update();
        }}
      >
        ${t.remove}
      </button>
    </li>`;
  }

  function report(converted: Converted) {
    const t = TEXT[lang];
    const counted = COLLECTION_NAMES.filter((name) => converted.feed[name].length);
    return html`
      ${
        converted.problems.length
          ? html`<h3>${t.problems(converted.problems.length)}</h3>
              <ul class="ws-problems">
                ${converted.problems.map((p) => html`<li>${formatProblem(p, lang)}</li>`)}
              </ul>`
          : nothing
      }
      ${
        converted.notes.length
          ? html`<h3>${t.notes(converted.notes.length)}</h3>
              <ul class="ws-notes">
                ${converted.notes.map((p) => html`<li>${formatProblem(p, lang)}</li>`)}
              </ul>`
          : nothing
      }
      ${
        converted.json !== undefined && downloadUrl
          ? html`<h3>${t.preview}</h3>
              <dl class="ws-preview">
                ${counted.map((name) => {
                  const items = converted.feed[name] as { title?: string; name?: string }[];
                  const rest = items.length - PREVIEW_NAMES;
                  return html`<div>
                    <dt>${COLLECTION_LABELS[lang][name]}: ${t.count(items.length)}</dt>
                    <dd>
                      <ul>
                        ${items.slice(0, PREVIEW_NAMES).map((item) => html`<li>${nameOf(item)}</li>`)}
                        ${rest > 0 ? html`<li>${t.more(rest)}</li>` : nothing}
                      </ul>
                    </dd>
                  </div>`;
                })}
              </dl>
              <p>
                <a class="ws-download" href=${downloadUrl} download="feed.json" type="application/json"
                  >${t.download}</a
                >
                (${t.size(new Blob([converted.json]).size)})
              </p>
              <p class="ws-hint">
                ${t.next}
                <a href="./docs.html?doc=publishers#feed-werkstatt-im-browser">${t.guide}</a>.
              </p>`
          : nothing
      }
    `;
  }

  function view() {
    const t = TEXT[lang];
    return html`
      <div class="ws-top">
        <h1>${t.title}</h1>
        <button
          type="button"
          class="ws-secondary"
          lang=${lang === 'de' ? 'en' : 'de'}
          aria-label=${t.switchLangName}
          @click=${() => {
            lang = lang === 'de' ? 'en' : 'de';
            if (result) status = TEXT[lang].summary(result.problems.length, result.json !== undefined);
            update();
          }}
        >
          ${t.switchLang}
        </button>
      </div>
      <p class="lead">${t.intro}</p>

      <form class="ws-form" @submit=${onSubmit}>
        <section aria-labelledby="ws-files-heading">
          <h2 id="ws-files-heading">${t.filesHeading}</h2>
          <div
            class="ws-drop ${dragging ? 'ws-dragging' : ''}"
            @dragover=${onDragOver}
            @dragleave=${onDragLeave}
            @drop=${onDrop}
          >
            <label for="ws-input">${t.choose}</label>
            <input
              id="ws-input"
              type="file"
              multiple
              accept=".csv,.tsv,.txt,.xlsx,.ics,.ical,.rss,.atom,.xml,.json"
              aria-describedby="ws-input-hint"
              @change=${(event: Event) => {
                const input = event.target as HTMLInputElement;
                add(input.files ?? []);
                input.value = '';
              }}
            />
            <p id="ws-input-hint" class="ws-hint">${t.chooseHint}</p>
            <p class="ws-hint">
              ${t.templates}
              ${COLLECTION_NAMES.map(
                (name, i) => html`${i ? ', ' : ''}<a href="../docs/vorlagen/${name}.csv" download>${name}.csv</a>`,
              )}
            </p>
          </div>
          <h3>${t.chosen}</h3>
          ${
            chosen.length
              ? html`<ul class="ws-files">
                  ${chosen.map(fileRow)}
                </ul>`
              : html`<p class="ws-hint">${t.none}</p>`
          }
        </section>

        <section aria-labelledby="ws-build-heading">
          <h2 id="ws-build-heading">${t.buildHeading}</h2>
          <div class="ws-check">
            <input
              id="ws-partial"
              type="checkbox"
              .checked=${partial}
              aria-describedby="ws-partial-hint"
              @change=${(event: Event) => {
                partial = (event.target as HTMLInputElement).checked;
                clearResult();
                update();
              }}
            />
            <label for="ws-partial">${t.partial}</label>
            <p id="ws-partial-hint" class="ws-hint">${t.partialHint}</p>
          </div>
          <button type="submit" class="ws-primary" ?disabled=${busy}>${t.build}</button>
        </section>
      </form>

      <section aria-labelledby="ws-report-heading" class="ws-report">
        <h2 id="ws-report-heading">${t.reportHeading}</h2>
        <p role="status" class="ws-status">${status}</p>
        ${result ? report(result) : nothing}
      </section>
    `;
  }

  function update() {
    if (destroyed) return;
    root.setAttribute('lang', lang);
    render(view(), root);
    if (options.manageTitle) document.title = TEXT[lang].docTitle;
  }

  root.replaceChildren(); // the page's heading and <noscript> text, written for visitors without JavaScript
  update();
  return {
    get chosen() {
      return chosen;
    },
    get settled() {
      return settled;
    },
    destroy() {
      destroyed = true;
      setDownload(undefined);
      render(nothing, root);
    },
  };
}

// The page: mount on #kgc-werkstatt when present (tests import this module and mount themselves).
const pageRoot = typeof document !== 'undefined' ? document.getElementById('kgc-werkstatt') : null;
if (pageRoot) mountWerkstatt(pageRoot, { manageTitle: true });
