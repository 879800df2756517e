import { useEffect, useMemo, useState } from 'preact/hooks';
import { FieldsOfActionDocument, NetworkFiguresDocument } from '../generated/graphql';
import { request } from './api/client';
import { developmentSignIn, finishOidcSignIn, loadSignInConfig, type SignInConfig, startOidcSignIn } from './auth/oidc';
import { currentSession, endSession, keepSession, mayReport, type Session } from './auth/session';
import {
  countries,
  currentYear,
  type Filters,
  firstYear,
  periodOf,
  previousPeriodOf,
  readFilters,
  statisticsFilter,
  writeFilters,
} from './filters';
import { type MessageKey, TranslatorContext, translator, useTranslator } from './i18n';
import { Conferences } from './pages/conferences';
import { Funding } from './pages/funding';
import { Impact } from './pages/impact';
import { Learning } from './pages/learning';
import { Overview } from './pages/overview';
import type { PageProps } from './pages/page-props';
import { Pending } from './pages/pending';
import { Regions } from './pages/regions';
import { SessionContext } from './session-context';
import { useLoad } from './use-query';

const pages = {
  overview: Overview,
  regions: Regions,
  conferences: Conferences,
  impact: Impact,
  learning: Learning,
  funding: Funding,
} as const;
type PageName = keyof typeof pages;
const pageNames = Object.keys(pages) as PageName[];

const base = '/dashboard/';
const pageOf = (path: string): PageName | 'report' => {
  const name = path.startsWith(base) ? path.slice(base.length).replace(/\/$/, '') : '';
  return name === 'report' ? 'report' : pageNames.includes(name as PageName) ? (name as PageName) : 'overview';
};
const pathOf = (page: PageName | 'report') => (page === 'overview' ? base : `${base}${page}`);

function useLocation() {
  const [location, setLocation] = useState({ path: window.location.pathname, search: window.location.search });
  useEffect(() => {
    const update = () => setLocation({ path: window.location.pathname, search: window.location.search });
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  const navigate = (path: string, search: string) => {
    history.pushState(null, '', path + search);
    setLocation({ path, search });
  };
  return { ...location, navigate };
}

function SignIn({ config, onSession }: { config: SignInConfig | null; onSession: (session: Session | null) => void }) {
  const { t } = useTranslator();
  const [problem, setProblem] = useState<string | null>(null);
  const fail = (error: Error) => setProblem(error.message);
  return (
    <main class="sign-in" id="main">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.text')}</p>
      {config?.oidc ? (
        <button
          type="button"
          onClick={() => config.oidc && startOidcSignIn(config.oidc, location.pathname + location.search).catch(fail)}
        >
          {t('signIn.oidc')}
        </button>
      ) : null}
      {config?.developmentSignIn ? (
        <button
          type="button"
          data-development-sign-in
          onClick={() =>
            developmentSignIn()
              .then((token) => onSession(keepSession(token)))
              .catch(fail)
          }
        >
          {t('signIn.development')}
        </button>
      ) : null}
      {config && !config.oidc && !config.developmentSignIn ? <p>{t('signIn.none')}</p> : null}
      {problem ? (
        <p class="error" role="alert">
          {problem}
        </p>
      ) : null}
    </main>
  );
}

function YearSelect(props: {
  label: string;
  name: string;
  years: number[];
  value: number;
  onChange: (year: number) => void;
}) {
  return (
    <label>
      {props.label}
      <select
        name={props.name}
        value={props.value}
        onChange={(event) => props.onChange(Number(event.currentTarget.value))}
      >
        {props.years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  );
}

function FilterBar({ filters, onChange }: { filters: Filters; onChange: (filters: Filters) => void }) {
  const { t, lang } = useTranslator();
  const fields = useLoad('fields', (token) => request(FieldsOfActionDocument, {}, token));
  const years = Array.from({ length: currentYear - firstYear + 1 }, (_, index) => firstYear + index);
  return (
    <form class="filters no-print" aria-label={t('filter.label')} onSubmit={(event) => event.preventDefault()}>
      <YearSelect
        label={t('filter.from')}
        name="from"
        years={years}
        value={filters.fromYear}
        onChange={(fromYear) => onChange({ ...filters, fromYear, toYear: Math.max(fromYear, filters.toYear) })}
      />
      <YearSelect
        label={t('filter.to')}
        name="to"
        years={years}
        value={filters.toYear}
        onChange={(toYear) => onChange({ ...filters, toYear, fromYear: Math.min(toYear, filters.fromYear) })}
      />
      <label>
        {t('filter.country')}
        <select
          name="country"
          value={filters.country ?? ''}
          onChange={(event) => onChange({ ...filters, country: event.currentTarget.value || null })}
        >
          <option value="">{t('filter.all')}</option>
          {countries.map((country) => (
            <option key={country} value={country}>
              {t(`country.${country}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filter.field')}
        <select
          name="field"
          value={filters.field ?? ''}
          onChange={(event) => onChange({ ...filters, field: event.currentTarget.value || null })}
        >
          <option value="">{t('filter.all')}</option>
          {fields.state === 'ready'
            ? fields.data.fieldsOfAction.map((field) => (
                <option key={field.slug} value={field.slug}>
                  {lang === 'de' ? field.nameDe : field.nameEn}
                </option>
              ))
            : null}
        </select>
      </label>
    </form>
  );
}

/**
 * The period and filters in words, on screen under the title and on the first page of the printed report, with when
 * the server last brought the figures up to date.
 */
function Scope({ filters, updatedAt }: { filters: Filters; updatedAt: string | null | undefined }) {
  const { t, date } = useTranslator();
  const period = periodOf(filters);
  return (
    <dl class="scope">
      <dt>{t('period')}</dt>
      <dd data-period>
        {period.from} – {period.to}
      </dd>
      <dt>{t('filters')}</dt>
      <dd>
        {filters.country ? t(`country.${filters.country}` as MessageKey) : t('filter.all')}
        {filters.field ? ` · ${filters.field}` : ''}
      </dd>
      <dt>{t('dataAsOf')}</dt>
      <dd data-as-of={updatedAt ?? ''}>{updatedAt ? date(new Date(updatedAt)) : '–'}</dd>
    </dl>
  );
}

function Report({ props }: { props: PageProps }) {
  const { t } = useTranslator();
  return (
    <>
      {pageNames.map((name) => {
        const Page = pages[name];
        return (
          <section class="report-page" key={name} data-page={name}>
            <h2>{t(`nav.${name}` as MessageKey)}</h2>
            <Page {...props} />
          </section>
        );
      })}
    </>
  );
}

function Dashboard({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const { path, search, navigate } = useLocation();
  const filters = useMemo(() => readFilters(search), [search]);
  const tr = translator(filters.lang);
  const { t } = tr;
  const page = pageOf(path);
  const figures = useLoad(JSON.stringify(filters), async (token) => {
    const { current, previous } = await request(
      NetworkFiguresDocument,
      { filter: statisticsFilter(filters), previous: statisticsFilter(filters, previousPeriodOf(filters)) },
      token,
    );
    return { current, previous };
  });
  useEffect(() => {
    document.documentElement.lang = filters.lang;
    document.title = `${t(page === 'report' ? 'report.title' : (`nav.${page}` as MessageKey))} · ${t('title')}`;
  }, [filters.lang, page, t]);
  const Page = page === 'report' ? null : pages[page];
  return (
    <TranslatorContext.Provider value={tr}>
      <a class="skip no-print" href="#main">
        {t('skip')}
      </a>
      <header class="top">
        <h1>{t('title')}</h1>
        <div class="no-print top-actions">
          <a
            href={pathOf(page) + writeFilters({ ...filters, lang: filters.lang === 'de' ? 'en' : 'de' })}
            lang={filters.lang === 'de' ? 'en' : 'de'}
          >
            {t('language')}
          </a>
          <button type="button" onClick={() => window.print()}>
            {t('print')}
          </button>
          <button type="button" onClick={onSignOut}>
            {t('signIn.out')}
          </button>
        </div>
      </header>
      <nav class="no-print" aria-label="Navigation">
        <ul>
          {[...pageNames, 'report' as const].map((name) => (
            <li key={name}>
              <a
                href={pathOf(name) + search}
                aria-current={name === page ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(pathOf(name), search);
                }}
              >
                {t(`nav.${name}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <FilterBar filters={filters} onChange={(next) => navigate(path, writeFilters(next))} />
      <main id="main" data-page={page}>
        <h2 class={page === 'report' ? 'report-title' : ''}>
          {t(page === 'report' ? 'report.title' : (`nav.${page}` as MessageKey))}
        </h2>
        <Pending loaded={figures}>
          {({ current, previous }) => {
            const props: PageProps = { filters, figures: current, previous };
            return (
              <>
                <Scope filters={filters} updatedAt={current.updatedAt} />
                {Page ? <Page {...props} /> : <Report props={props} />}
              </>
            );
          }}
        </Pending>
      </main>
      <footer class="signed-in muted">{session.roles.join(', ')}</footer>
    </TranslatorContext.Provider>
  );
}

export function App() {
  const [session, setSession] = useState<Session | null>(() => currentSession());
  const [config, setConfig] = useState<SignInConfig | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const lang = readFilters(window.location.search).lang;
  useEffect(() => {
    loadSignInConfig().then(
      async (loaded) => {
        setConfig(loaded);
        if (window.location.pathname === '/dashboard/callback' && loaded.oidc) {
          const { token, returnTo } = await finishOidcSignIn(loaded.oidc);
          history.replaceState(null, '', returnTo.startsWith(base) ? returnTo : base);
          setSession(keepSession(token));
        }
      },
      (error: Error) => setProblem(error.message),
    );
  }, []);
  const signOut = () => {
    endSession();
    setSession(null);
  };
  return (
    <TranslatorContext.Provider value={translator(lang)}>
      <SessionContext.Provider value={session}>
        {problem ? (
          <p class="error" role="alert">
            {problem}
          </p>
        ) : null}
        {!session ? (
          <SignIn config={config} onSession={setSession} />
        ) : mayReport(session) ? (
          <Dashboard session={session} onSignOut={signOut} />
        ) : (
          <main class="sign-in" id="main">
            <p class="error" role="alert">
              {translator(lang).t('signIn.forbidden')}
            </p>
            <button type="button" onClick={signOut}>
              {translator(lang).t('signIn.out')}
            </button>
          </main>
        )}
      </SessionContext.Provider>
    </TranslatorContext.Provider>
  );
}
