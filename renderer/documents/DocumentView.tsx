import './documentFonts';
import type { Block, DocumentModel, Run } from '../../shared/documents/model';
import classes from './DocumentView.module.css';

function Runs({ runs }: { runs: Run[] }) {
  return runs.map((r, i) => {
    const text = r.italic ? <i>{r.text}</i> : r.text;
    return <span key={i}>{r.bold ? <b>{text}</b> : text}</span>;
  });
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading':
      return <p className={classes.sectionHeading}>{block.text}</p>;
    case 'paragraph':
      return (
        <p className={classes.block} style={{ textAlign: block.align ?? 'justify' }}>
          <Runs runs={block.runs} />
        </p>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List>
          {block.items.map((item, i) => (
            <li key={i}>
              <Runs runs={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'table':
      return (
        <table className={classes.table}>
          <colgroup>
            {block.columns.map((c) => (
              <col key={c.title} style={{ width: `${c.width}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {block.columns.map((c) => (
                <th key={c.title}>{c.title}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((r, i) =>
              r.kind === 'group' ? (
                <tr key={i} className={classes.group}>
                  <td colSpan={block.columns.length}>{r.text}</td>
                </tr>
              ) : (
                <tr key={i} className={block.tallRows ? classes.tall : undefined}>
                  {r.cells.map((text, c) => (
                    <td key={c} style={{ textAlign: block.columns[c]!.align }}>
                      {text}
                    </td>
                  ))}
                </tr>
              ),
            )}
          </tbody>
        </table>
      );
  }
}

/**
 * The page rules for printing: A4 in the document's orientation, the official margins, the
 * page number centred in the top margin from page 2 (Chromium's @page margin boxes).
 */
export function pageRules(model: DocumentModel): string {
  return `@page { size: A4 ${model.orientation}; margin: 20mm 15mm 20mm 30mm;
  @top-center { content: counter(page); font-family: Tinos, 'Times New Roman', serif; font-size: 13pt; } }
@page :first { @top-center { content: none; } }`;
}

/**
 * A document as it is printed: the one template behind the preview on screen, the paper and
 * the PDF. `screen` draws the sheet's edges and margins for the preview; printing takes the
 * margins from @page instead.
 */
export function DocumentView({ model, screen }: { model: DocumentModel; screen: boolean }) {
  const h = model.heading;
  const pageClass = [
    classes.page,
    screen ? classes.screen : '',
    screen && model.orientation === 'landscape' ? classes.landscape : '',
  ].join(' ');
  return (
    <article className={pageClass} lang="vi" data-testid="document">
      <header className={classes.heading}>
        <div>
          {h.parent && <div>{h.parent}</div>}
          <div className={classes.issuer}>{h.issuer}</div>
          {h.star ? <div>*</div> : <div className={classes.rule} />}
        </div>
        <div>
          <div className={`${classes.national} ${h.layout === 'party' ? classes.party : ''}`}>
            {h.national}
          </div>
          {h.motto && <div className={classes.motto}>{h.motto}</div>}
          <div className={classes.dateLine}>{model.placeDate}</div>
        </div>
      </header>
      <h1 className={classes.title}>{model.title}</h1>
      {model.subtitle.map((s) => (
        <p key={s} className={classes.subtitle}>
          {s}
        </p>
      ))}
      {model.blocks.map((b, i) => (
        <BlockView key={i} block={b} />
      ))}
      {model.signature && (
        <footer className={classes.signature}>
          <div />
          <div>
            <div className={classes.signer}>{model.signature.role}</div>
            <div className={classes.signName}>{model.signature.name}</div>
          </div>
        </footer>
      )}
    </article>
  );
}
