import { apiOrigin, graphql, listAttribute } from './api';
import { adoptStyles, h } from './dom';
import { type Language, languageOf, localeOf, type Texts, textsOf } from './i18n';
import { listStyles } from './styles';

const conferencesQuery = `query MitmachWidgetConferences($first: Int!, $filter: UpcomingConferenceFilter) {
  upcomingConferences(first: $first, filter: $filter) {
    edges { node {
      id title status startsAt endsAt timeZone attendanceMode
      venue { name address { city } }
      region { slug name website }
    } }
  }
}`;

const regionQuery = `query MitmachWidgetRegion($slug: String!) { regionBySlug(slug: $slug) { id } }`;

interface Conference {
  id: string;
  title: string;
  status: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  attendanceMode: string;
  venue: { name: string; address: { city: string } } | null;
  /** Null while the regions service cannot answer. */
  region: { slug: string; name: string; website: string | null } | null;
}

const defaultLimit = 5;
const maxLimit = 50;

function limitOf(value: string | null): number {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) && parsed > 0 ? Math.min(parsed, maxLimit) : defaultLimit;
}

/** The conference's days in the language, in the time zone of its venue: "15.–16. Juli 2027". */
export function formatDays(conference: Pick<Conference, 'startsAt' | 'endsAt' | 'timeZone'>, language: Language) {
  const format = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: conference.timeZone });
  return format.formatRange(new Date(conference.startsAt), new Date(conference.endsAt));
}

/**
 * `<mitmach-upcoming-conferences country="AT" region="…" field-of-action="…" lang="de" limit="5">`: the upcoming
 * conferences as a list with their dates, places and a link to the regional team's website (or, without one, to the
 * region's calendar feed).
 */
export class MitmachUpcomingConferences extends HTMLElement {
  static observedAttributes = ['country', 'region', 'field-of-action', 'lang', 'api-key', 'api-url', 'limit'];

  private readonly root = this.attachShadow({ mode: 'open' });
  private controller: AbortController | null = null;

  connectedCallback(): void {
    adoptStyles(this.root, listStyles);
    void this.load();
  }

  disconnectedCallback(): void {
    this.controller?.abort();
  }

  attributeChangedCallback(_name: string, previous: string | null, next: string | null): void {
    if (this.isConnected && previous !== next) void this.load();
  }

  private async load(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const language = languageOf(this.getAttribute('lang'));
    const texts = textsOf(language);
    const status = h('p', { class: 'status', role: 'status' }, texts.loading);
    this.root.replaceChildren(h('h2', {}, texts.conferencesLabel), status);
    try {
      const regionIds = await Promise.all(
        listAttribute(this, 'region').map(async (slug) => {
          const data = await graphql<{ regionBySlug: { id: string } | null }>(
            this,
            regionQuery,
            { slug },
            controller.signal,
          );
          return data.regionBySlug?.id;
        }),
      );
      const countries = listAttribute(this, 'country').map((country) => country.toUpperCase());
      const fields = listAttribute(this, 'field-of-action');
      const filter = {
        ...(countries.length ? { countries } : {}),
        ...(regionIds.length ? { regionIds: regionIds.filter((id): id is string => Boolean(id)) } : {}),
        ...(fields.length ? { fieldsOfAction: fields } : {}),
      };
      const data = await graphql<{ upcomingConferences: { edges: { node: Conference }[] } }>(
        this,
        conferencesQuery,
        { first: limitOf(this.getAttribute('limit')), filter },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      const conferences = data.upcomingConferences.edges.map((edge) => edge.node);
      if (conferences.length === 0) {
        status.textContent = texts.noConferences;
        return;
      }
      const list = h('ol', { 'aria-label': texts.conferencesLabel });
      for (const conference of conferences) list.append(this.item(conference, language, texts));
      status.replaceWith(list);
    } catch (error) {
      if (controller.signal.aborted) return;
      status.textContent = `${texts.failed} ${(error as Error).message}`;
      status.setAttribute('role', 'alert');
    }
  }

  private item(conference: Conference, language: Language, texts: Texts): HTMLLIElement {
    const place = conference.venue ? `${conference.venue.name}, ${conference.venue.address.city}` : texts.online;
    const region = conference.region;
    const link = region?.website
      ? h('a', { href: region.website, rel: 'noopener', target: '_blank' }, texts.more)
      : h(
          'a',
          {
            href: region
              ? `${apiOrigin(this)}/feeds/regions/${region.slug}/conferences.ics`
              : `${apiOrigin(this)}/feeds/conferences.ics`,
          },
          texts.calendar,
        );
    const cancelled = conference.status === 'CANCELLED';
    return h(
      'li',
      { class: cancelled ? 'conference cancelled' : 'conference', 'data-id': conference.id },
      h('span', { class: 'title' }, conference.title),
      ...(cancelled ? [h('span', { class: 'badge' }, texts.cancelled)] : []),
      h(
        'span',
        { class: 'meta' },
        h('time', { datetime: conference.startsAt }, formatDays(conference, language)),
        region ? ` · ${place} · ${region.name}` : ` · ${place}`,
      ),
      h('span', { class: 'meta' }, link),
    );
  }
}
