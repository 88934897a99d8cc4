import { MAX_IMPORT_BYTES } from '../../../../shared/api/transport';
import { runAction } from '../../../api/runAction';
import { notifyNotice } from '../../../errors/notify';
import { bytesToBase64 } from '../../../files/base64';
import { downloadBase64 } from '../../../files/download';
import { i18n } from '../../../i18n/setup';
import { useSpeechStore } from '../../../stores/speechStore';

/**
 * A written contribution (tham luận) goes to the core as base64, which keeps it in the data
 * folder beside the database (speeches.attach): a copy, so the meeting's record keeps it even
 * if the operator's file is moved or deleted later.
 */
export async function attachContribution(speechId: string, file: File): Promise<boolean> {
  // The core refuses more than the transport carries; saying so here spares reading the file.
  if (file.size > MAX_IMPORT_BYTES) {
    notifyNotice(i18n.t('speaking.attach.tooLarge', { name: file.name }));
    return false;
  }
  const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  const change = await useSpeechStore
    .getState()
    .save(() =>
      runAction(
        'speeches.attach',
        { speechId, fileName: file.name, dataBase64 },
        { success: i18n.t('speaking.attach.done', { name: file.name }) },
      ),
    );
  return change !== undefined;
}

/**
 * Opens the contribution with the system's viewer. The desktop app can; the browser build
 * cannot reach the system (it answers `opened: false`), so there the file is downloaded and
 * the browser opens or saves it.
 */
export async function openContribution(speechId: string): Promise<void> {
  const shown = await runAction('speeches.openAttachment', { speechId });
  if (!shown || shown.opened) return;
  const file = await runAction('speeches.attachment', { speechId });
  if (file) downloadBase64(file.fileName, file.mimeType, file.dataBase64);
}
