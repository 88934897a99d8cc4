import type { HostCall } from './api';

/** The connection point most scenarios run at: a provincial Party committee's. */
export const POINT = {
  pointName: 'Điểm cầu Tỉnh ủy Thanh Hóa',
  provinceCode: 'thanh-hoa',
  bodyKind: 'party',
  placeName: 'Thanh Hóa',
  operatorName: 'Lê Thị Mai',
} as const;

/** Sets up the point's profile through the API, for scenarios that are not about it. */
export async function setUpPoint(call: HostCall, extra: Record<string, unknown> = {}) {
  await call('profile.save', { ...POINT, ...extra });
}
