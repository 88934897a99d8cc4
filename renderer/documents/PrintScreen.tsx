import { useFocusOnArrival } from '../components/focus';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { Button, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useApiQuery } from '../api/useApiQuery';
import { NotFoundScreen } from '../components/NotFoundScreen';
import { QueryError } from '../components/QueryError';
import { DocumentView, pageRules } from './DocumentView';
import { requestOf } from '../../shared/documents/printRoute';
import { loadDocumentFonts } from './documentFonts';
import classes from './PrintScreen.module.css';

/**
 * `#/print/<meeting>/<document>`: the document alone, as paper. Electron loads it in a hidden
 * window for printToPDF, both builds open it to print (`?print=1` opens the print dialog at
 * once; the toolbar is not printed), and the tests make the PDF from it. `body[data-print-ready]` says the model and the
 * shipped fonts are in, so nothing is printed half drawn.
 *
 * `?pdf=1` is for a page loaded only to be printed to a file (printToPDF, page.pdf): nobody
 * looks at it, so the tables' rows are laid out for paper only, not also for the screen before
 * and after printing (for 2,000 rows, two full layouts of a long table that nobody sees).
 *
 * The fonts are fetched beside the model and the document is drawn only when both are in: a
 * list of 2,000 rows is then laid out once in its own face, not first in a fallback face and
 * again as each face arrives.
 */
export function PrintScreen() {
  const { meetingId, document: kind } = useParams();
  const [params] = useSearchParams();
  const request = requestOf(meetingId, kind, params.get('filter'), params.get('revision'));
  const { data, error, reload } = useApiQuery('documents.model', request);
  const fontsIn = useFontsLoaded();
  const autoPrint = params.get('print') === '1';
  const forPdf = params.get('pdf') === '1';
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The page itself takes the focus when it opens, so a screen reader starts with the document.
  const paper = useRef<HTMLDivElement>(null);
  useFocusOnArrival(paper, fontsIn ? data?.fileStem : undefined);

  // The browser's PDF takes the page title as its file name.
  useDocumentTitle(data?.fileStem ?? '');
  useEffect(() => {
    if (!data || !fontsIn) return;
    let cancelled = false;
    void document.fonts.ready.then(() => {
      if (cancelled) return;
      document.body.dataset.printReady = 'true';
      if (autoPrint) window.print();
    });
    return () => {
      cancelled = true;
      delete document.body.dataset.printReady;
    };
  }, [data, fontsIn, autoPrint]);

  if (!request) return <NotFoundScreen />;
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (!data || !fontsIn) return <Loader />;
  return (
    <>
      <style>{pageRules(data)}</style>
      {!forPdf && (
        <nav className={classes.toolbar} aria-label={t('documents.printToolbar')}>
          <Button variant="default" onClick={() => void navigate(-1)}>
            {t('common.back')}
          </Button>
          <Button onClick={() => window.print()}>{t('documents.print')}</Button>
        </nav>
      )}
      <div
        ref={paper}
        tabIndex={-1}
        className={forPdf ? `${classes.paper} ${classes.paperOnly}` : classes.paper}
      >
        <DocumentView model={data} screen={false} />
      </div>
    </>
  );
}

function useFontsLoaded(): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let cancelled = false;
    void loadDocumentFonts().then(() => {
      if (!cancelled) setLoaded(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return loaded;
}
