import { useFocusOnArrival } from '../components/focus';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { Button, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useApiQuery } from '../api/useApiQuery';
import { NotFoundScreen } from '../components/NotFoundScreen';
import { QueryError } from '../components/QueryError';
import { DocumentView, pageRules } from './DocumentView';
import { requestOf } from '../../shared/documents/printRoute';
import classes from './PrintScreen.module.css';

/**
 * `#/print/<meeting>/<document>`: the document alone, as paper. Electron loads it in a hidden
 * window for printToPDF, both builds open it to print (`?print=1` opens the print dialog at
 * once; the toolbar is not printed), and the tests make the PDF from it. `body[data-print-ready]` says the model and the
 * shipped fonts are in, so nothing is printed half drawn.
 */
export function PrintScreen() {
  const { meetingId, document: kind } = useParams();
  const [params] = useSearchParams();
  const request = requestOf(meetingId, kind, params.get('filter'), params.get('revision'));
  const { data, error, reload } = useApiQuery('documents.model', request);
  const autoPrint = params.get('print') === '1';
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The page itself takes the focus when it opens, so a screen reader starts with the document.
  const paper = useRef<HTMLDivElement>(null);
  useFocusOnArrival(paper, data?.fileStem);

  // The browser's PDF takes the page title as its file name.
  useDocumentTitle(data?.fileStem ?? '');
  useEffect(() => {
    if (!data) return;
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
  }, [data, autoPrint]);

  if (!request) return <NotFoundScreen />;
  if (error) return <QueryError error={error} onRetry={reload} />;
  if (!data) return <Loader />;
  return (
    <>
      <style>{pageRules(data)}</style>
      <nav className={classes.toolbar} aria-label={t('documents.printToolbar')}>
        <Button variant="default" onClick={() => void navigate(-1)}>
          {t('common.back')}
        </Button>
        <Button onClick={() => window.print()}>{t('documents.print')}</Button>
      </nav>
      <div ref={paper} tabIndex={-1} className={classes.paper}>
        <DocumentView model={data} screen={false} />
      </div>
    </>
  );
}
