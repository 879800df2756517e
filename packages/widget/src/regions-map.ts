import { outlines } from 'virtual:mitmach-basemap';
import { graphql, listAttribute } from './api';
import { adoptStyles, h, svg } from './dom';
import { fieldName, type Language, languageOf, type Texts, textsOf } from './i18n';
import { mapHeight, mapWidth, project } from './projection';
import { mapStyles } from './styles';

const networkCountries = ['DE', 'AT', 'CH', 'IT'] as const;

const regionsQuery = `query MitmachWidgetRegions($filter: RegionFilter) {
  regionsGeoJson(filter: $filter) {
    features { id geometry { coordinates } properties { slug name country fieldsOfAction website } }
  }
}`;

const fieldsQuery = `query MitmachWidgetFields { fieldsOfAction { slug nameDe nameEn } }`;

interface RegionFeature {
  id: string;
  geometry: { coordinates: number[] };
  properties: { slug: string; name: string; country: string; fieldsOfAction: string[]; website: string | null };
}

interface Field {
  slug: string;
  nameDe: string;
  nameEn: string;
}

/**
 * `<mitmach-regions-map country="AT" field-of-action="energy" lang="de">`: the regions of the network as points on a
 * map of Germany, Austria, Switzerland and South Tyrol, with filters for country and field of action. Each point is a
 * button that shows the region's name and website below the map; Tab moves between them, Enter or Space selects.
 */
export class MitmachRegionsMap extends HTMLElement {
  static observedAttributes = ['country', 'field-of-action', 'lang', 'api-key', 'api-url'];

  private readonly root = this.attachShadow({ mode: 'open' });
  private controller: AbortController | null = null;
  private fields: Field[] | null = null;
  private country = '';
  private fieldOfAction = '';

  connectedCallback(): void {
    adoptStyles(this.root, mapStyles);
    this.country = listAttribute(this, 'country')[0]?.toUpperCase() ?? '';
    this.fieldOfAction = listAttribute(this, 'field-of-action')[0] ?? '';
    void this.load();
  }

  disconnectedCallback(): void {
    this.controller?.abort();
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null): void {
    if (!this.isConnected || previous === next) return;
    if (name === 'country') this.country = next?.split(',')[0]?.trim().toUpperCase() ?? '';
    if (name === 'field-of-action') this.fieldOfAction = next?.split(',')[0]?.trim() ?? '';
    void this.load();
  }

  private get language(): Language {
    return languageOf(this.getAttribute('lang'));
  }

  private async load(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const texts = textsOf(this.language);
    const status = h('p', { class: 'status', role: 'status' }, texts.loading);
    this.root.replaceChildren(status);
    try {
      const filter = {
        ...(this.country ? { countries: [this.country] } : {}),
        ...(this.fieldOfAction ? { fieldsOfAction: [this.fieldOfAction] } : {}),
      };
      const [regions, fields] = await Promise.all([
        graphql<{ regionsGeoJson: { features: RegionFeature[] } }>(this, regionsQuery, { filter }, controller.signal),
        this.fields
          ? Promise.resolve(this.fields)
          : graphql<{ fieldsOfAction: Field[] }>(this, fieldsQuery, {}, controller.signal).then(
              (data) => data.fieldsOfAction,
            ),
      ]);
      this.fields = fields;
      if (!controller.signal.aborted) this.render(regions.regionsGeoJson.features, texts);
    } catch (error) {
      if (controller.signal.aborted) return;
      status.textContent = `${texts.failed} ${(error as Error).message}`;
      status.setAttribute('role', 'alert');
    }
  }

  private select(label: string, options: [string, string][], value: string, onChange: (value: string) => void) {
    const select = h('select');
    for (const [optionValue, text] of options) {
      const option = h('option', { value: optionValue }, text);
      option.selected = optionValue === value;
      select.append(option);
    }
    select.addEventListener('change', () => onChange(select.value));
    return h('label', {}, label, select);
  }

  private render(features: RegionFeature[], texts: Texts): void {
    const language = this.language;
    const filters = h(
      'div',
      { class: 'filters' },
      this.select(
        texts.country,
        [['', texts.all], ...networkCountries.map((code): [string, string] => [code, texts.countries[code]])],
        this.country,
        (value) => {
          this.country = value;
          void this.load();
        },
      ),
      this.select(
        texts.fieldOfAction,
        [
          ['', texts.all],
          ...(this.fields ?? []).map((field): [string, string] => [field.slug, fieldName(field, language)]),
        ],
        this.fieldOfAction,
        (value) => {
          this.fieldOfAction = value;
          void this.load();
        },
      ),
    );
    const details = h('div', { class: 'details', 'aria-live': 'polite' });
    const land = outlines.map((outline) =>
      svg('path', {
        class: outline.country === 'IT' || outline.country === 'LI' ? 'land neighbour' : 'land',
        'data-country': outline.country,
        d: outline.d,
      }),
    );
    const markers = svg('g', { class: 'markers', role: 'list' });
    for (const feature of features) {
      const [lng = 0, lat = 0] = feature.geometry.coordinates;
      const [x, y] = project(lng, lat);
      const { name, country, slug } = feature.properties;
      const marker = svg(
        'g',
        {
          class: 'marker',
          role: 'button',
          tabindex: '0',
          'aria-pressed': 'false',
          'aria-label': `${name}, ${texts.countries[country as (typeof networkCountries)[number]] ?? country}`,
          'data-slug': slug,
          'data-country': country,
        },
        svg('circle', { cx: String(x), cy: String(y), r: '5' }),
      );
      const choose = () => this.show(feature, texts, details, markers, marker);
      marker.addEventListener('click', choose);
      marker.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          choose();
        }
      });
      markers.append(svg('g', { role: 'listitem' }, marker));
    }
    const map = svg(
      'svg',
      { class: 'map', viewBox: `0 0 ${mapWidth} ${mapHeight}`, role: 'group', 'aria-label': texts.mapLabel },
      svg('g', { 'aria-hidden': 'true' }, ...land),
      markers,
    );
    const count = h('p', { class: 'status', role: 'status' }, texts.regionsShown(features.length));
    this.root.replaceChildren(filters, map, count, details);
  }

  private show(feature: RegionFeature, texts: Texts, details: HTMLElement, markers: SVGGElement, marker: SVGGElement) {
    for (const other of markers.querySelectorAll('.marker')) other.setAttribute('aria-pressed', 'false');
    marker.setAttribute('aria-pressed', 'true');
    const { name, country, website } = feature.properties;
    const place = texts.countries[country as (typeof networkCountries)[number]] ?? country;
    details.replaceChildren(
      h('h3', {}, name),
      h('span', {}, place),
      ...(website ? [' · ', h('a', { href: website, rel: 'noopener', target: '_blank' }, texts.website)] : []),
    );
  }
}
