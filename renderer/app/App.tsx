import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Lang } from '../../shared/text/format';
import { LangContext, translator } from './messages';
import type { Services } from './services';
import { initialState, workflowReducer } from './workflow';
import { StepNav } from './StepNav';
import { DataStep } from '../features/data/DataStep';
import { ValidationStep } from '../features/validation/ValidationStep';
import { SettingsStep } from '../features/package/SettingsStep';
import { ReviewStep } from '../features/review/ReviewStep';
import { ExportStep } from '../features/export/ExportStep';

/** The shell: header, the five steps always visible, and the current step's page. */
export function App({ services }: { services: Services }) {
  const [state, dispatch] = useReducer(workflowReducer, undefined, initialState);
  const [lang, setLang] = useState<Lang>('da');
  const context = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  const { t } = context;
  const props = { state, dispatch, services };
  // A new step starts at its top, and keyboard and screen-reader users start there too.
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [state.step]);
  return (
    <LangContext.Provider value={context}>
      <a className="skip-link" href="#main">
        {lang === 'da' ? 'Gå til indhold' : 'Skip to content'}
      </a>
      <header className="header">
        <div className="header-inner">
          <div>
            <span className="brand">{t('app.title')}</span>
            <span className="header-sub">{t('app.subtitle')}</span>
          </div>
          <button
            type="button"
            className="button secondary small on-dark"
            lang={lang === 'da' ? 'en' : 'da'}
            onClick={() => setLang(lang === 'da' ? 'en' : 'da')}
          >
            {t('app.lang')}
          </button>
        </div>
      </header>
      <StepNav state={state} onGo={(step) => dispatch({ type: 'go', step })} />
      <main id="main" className="main" tabIndex={-1} ref={main}>
        {state.step === 'data' && <DataStep {...props} />}
        {state.step === 'kontrol' && <ValidationStep {...props} />}
        {state.step === 'pakke' && <SettingsStep {...props} />}
        {state.step === 'gennemsyn' && <ReviewStep {...props} />}
        {state.step === 'eksport' && <ExportStep state={state} services={services} />}
      </main>
    </LangContext.Provider>
  );
}
