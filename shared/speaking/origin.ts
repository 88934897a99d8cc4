import { foldText } from '../text/fold';

/**
 * Whether another point's name, as typed, already says it is a point ("Điểm cầu huyện Mường
 * Lát", "diem cau Quang Ninh"): then screens show it as typed, not "Điểm cầu Điểm cầu …". The
 * operator's tab and the room display both ask here, so they name a point the same way.
 */
export const pointNameSaysPoint = (name: string): boolean => foldText(name).startsWith('diem cau');
