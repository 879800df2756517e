import type { ComponentChildren } from 'preact';
import { useTranslator } from '../i18n';
import type { Loaded } from '../use-query';

/** Shows a loading note or the error until the data is there, then renders it. */
export function Pending<Value>({
  loaded,
  children,
}: {
  loaded: Loaded<Value>;
  children: (value: Value) => ComponentChildren;
}) {
  const { t } = useTranslator();
  if (loaded.state === 'loading') return <p class="loading">{t('loading')}</p>;
  if (loaded.state === 'error') {
    return (
      <p class="error" role="alert">
        {t('error')} {loaded.message}
      </p>
    );
  }
  return <>{children(loaded.data)}</>;
}
