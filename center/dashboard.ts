import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ATTENDANCE_STATUSES } from '../shared/api/schemas';
import type { ReportRevisionPayload } from '../shared/protocol/report';
import type { CenterDb } from './db/schema';
import { figuresCsv, figuresXlsx, meetingFigures } from './figures';
import { getMeeting, listMeetings } from './meetings';
import { SESSION_HOURS, sessionViewer, signIn, signOut } from './viewers';
import { STATUS_TEXT as STATUS_LABEL } from '../shared/documents/wording';
import { INCIDENT_WORDS as INCIDENT_LABEL } from '../shared/report/wording';

/**
 * The center's dashboard: server-rendered Vietnamese HTML with no script and no external asset
 * (the CSP forbids both). Every value is escaped; the report's Markdown is shown as text.
 */

const esc = (v: unknown): string =>
  String(v ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const when = (iso: string | null | undefined): string => {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour12: false });
};

const STYLE = `
body{font-family:system-ui,"Segoe UI",Roboto,sans-serif;margin:0;color:#1a1b1e;background:#f8f9fa}
header{background:#a51d2d;color:#fff;padding:12px 24px}header a{color:#fff;text-decoration:none;font-weight:600}
main{padding:16px 24px;max-width:1200px}h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:1.6em}
table{border-collapse:collapse;background:#fff;width:100%}th,td{border:1px solid #dee2e6;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f1f3f5}td.n{text-align:right;font-variant-numeric:tabular-nums}
.board{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:8px}
.tile{border-radius:6px;padding:8px;border:1px solid #ced4da;background:#fff}
.tile.ok{background:#d3f9d8;border-color:#2b8a3e}.tile b{display:block}
.muted{color:#495057}pre{white-space:pre-wrap;background:#fff;border:1px solid #dee2e6;padding:12px}
nav a{margin-right:12px}
header{display:flex;justify-content:space-between;align-items:center}.account span{margin-right:8px}
form.login{background:#fff;border:1px solid #dee2e6;padding:16px;max-width:360px}
form.login label{display:block;margin:8px 0 4px}form.login input{width:100%;padding:6px;box-sizing:border-box;font:inherit}
form.login button{margin-top:12px;padding:6px 16px;font:inherit}.error{color:#a51d2d;font-weight:600}
`;

/** The signed-in viewer of each dashboard request, set by the session check. */
const signedIn = new WeakMap<FastifyRequest, string>();

const SESSION_COOKIE = 'dc_session';

function cookieValue(request: FastifyRequest, name: string): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

function sessionCookie(request: FastifyRequest, value: string, maxAgeSeconds: number): string {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`;
}

function page(reply: FastifyReply, title: string, body: string): FastifyReply {
  const viewer = signedIn.get(reply.request);
  const account = viewer
    ? `<form method="post" action="/logout" class="account"><span>${esc(viewer)}</span> <button type="submit">Đăng xuất</button></form>`
    : '';
  return reply
    .header('content-type', 'text/html; charset=utf-8')
    .header(
      'content-security-policy',
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
    )
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .send(
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)} — Trung tâm Điểm Cầu</title><style>${STYLE}</style></head><body><header><a href="/">Trung tâm Điểm Cầu</a>${account}</header><main>${body}</main></body></html>`,
    );
}

function notFound(reply: FastifyReply, what: string): FastifyReply {
  return page(reply.status(404), 'Không tìm thấy', `<h1>Không tìm thấy</h1><p>${esc(what)}</p>`);
}

const idPattern = /^[A-Za-z0-9._:-]{1,64}$/;

function loginPage(reply: FastifyReply, error: string | null, noViewers: boolean): FastifyReply {
  const hint = noViewers
    ? '<p class="muted">Chưa có tài khoản xem. Trên máy chủ Trung tâm, tạo tài khoản bằng lệnh <code>npm run center -- viewer add --name &lt;tên&gt;</code>; mật khẩu được in ra một lần.</p>'
    : '';
  return page(
    reply,
    'Đăng nhập',
    `<h1>Đăng nhập</h1>${error ? `<p class="error" role="alert">${esc(error)}</p>` : ''}${hint}
<form method="post" action="/login" class="login"><label for="name">Tên tài khoản</label><input id="name" name="name" autocomplete="username" required maxlength="64">
<label for="password">Mật khẩu</label><input id="password" name="password" type="password" autocomplete="current-password" required maxlength="128">
<button type="submit">Đăng nhập</button></form>`,
  );
}

async function hasViewers(db: CenterDb): Promise<boolean> {
  return !!(await db.selectFrom('viewers').select('id').limit(1).executeTakeFirst());
}

/**
 * The dashboard's pages, behind a sign-in: reports hold the names and posts of every attendee,
 * so nothing but the sign-in page is served without a live session. Registered in its own
 * Fastify scope, so its form parser and its session check do not touch the points' API.
 */
export async function registerDashboard(app: FastifyInstance, db: CenterDb): Promise<void> {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 4096 },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );

  app.addHook('onRequest', async (request, reply) => {
    if (request.url === '/login' || request.url.startsWith('/login?')) return;
    const token = cookieValue(request, SESSION_COOKIE);
    const viewer = token ? await sessionViewer(db, token) : null;
    if (!viewer) return reply.redirect('/login', 303);
    signedIn.set(request, viewer);
  });

  app.get('/login', async (_request, reply) => loginPage(reply, null, !(await hasViewers(db))));

  app.post<{ Body: { name?: unknown; password?: unknown } }>('/login', async (request, reply) => {
    const { name, password } = request.body ?? {};
    const token =
      typeof name === 'string' && typeof password === 'string' && password.length <= 128
        ? await signIn(db, name, password)
        : null;
    if (!token) {
      return loginPage(
        reply.status(401),
        'Tên tài khoản hoặc mật khẩu không đúng.',
        !(await hasViewers(db)),
      );
    }
    return reply
      .header('set-cookie', sessionCookie(request, token, SESSION_HOURS * 3600))
      .redirect('/', 303);
  });

  app.post('/logout', async (request, reply) => {
    const token = cookieValue(request, SESSION_COOKIE);
    if (token) await signOut(db, token);
    return reply.header('set-cookie', sessionCookie(request, '', 0)).redirect('/login', 303);
  });

  app.get('/', async (_request, reply) => {
    const meetings = await listMeetings(db);
    const points = await db
      .selectFrom('points')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const recent = await db
      .selectFrom('reports')
      .innerJoin('points', 'points.id', 'reports.point_id')
      .select([
        'points.code',
        'points.name',
        'reports.report_id',
        'reports.revision',
        'reports.meeting_title',
        'reports.received_at',
        'reports.attending',
        'reports.invited',
      ])
      .orderBy('reports.received_at', 'desc')
      .limit(30)
      .execute();
    const meetingRows = meetings
      .map(
        (m) =>
          `<tr><td><a href="/meetings/${esc(m.id)}">${esc(m.title)}</a></td><td>${esc(when(m.startsAt))}</td><td>${esc(m.agenda.join('; '))}</td></tr>`,
      )
      .join('');
    const recentRows = recent
      .map(
        (r) =>
          `<tr><td>${esc(r.code)} — ${esc(r.name)}</td><td><a href="/reports/${esc(r.code)}/${esc(r.report_id)}/${r.revision}">${esc(r.meeting_title)}</a></td><td class="n">${r.revision}</td><td class="n">${r.attending}/${r.invited}</td><td>${esc(when(r.received_at))}</td></tr>`,
      )
      .join('');
    return page(
      reply,
      'Tổng quan',
      `<h1>Tổng quan</h1><p class="muted">${Number(points.n)} điểm cầu đã đăng ký.</p>
<h2>Hội nghị đã công bố</h2>${meetings.length ? `<table><thead><tr><th>Hội nghị</th><th>Thời gian</th><th>Chương trình</th></tr></thead><tbody>${meetingRows}</tbody></table>` : '<p>Chưa có hội nghị nào.</p>'}
<h2>Báo cáo nhận gần đây</h2>${recent.length ? `<table><thead><tr><th>Điểm cầu</th><th>Hội nghị</th><th>Lần gửi</th><th>Dự/Mời</th><th>Nhận lúc</th></tr></thead><tbody>${recentRows}</tbody></table>` : '<p>Chưa nhận báo cáo nào.</p>'}`,
    );
  });

  app.get<{ Params: { id: string } }>('/meetings/:id', async (request, reply) => {
    const { id } = request.params;
    if (!idPattern.test(id) || !(await getMeeting(db, id)))
      return notFound(reply, 'Không có hội nghị này.');
    const f = await meetingFigures(db, id);
    const reported = f.points.filter((p) => p.reported).length;
    const tiles = f.points
      .map(
        (p) =>
          `<div class="tile${p.reported ? ' ok' : ''}"><b>${esc(p.code)}</b>${esc(p.name)}<br><span class="muted">${p.reported ? `Đã báo cáo · ${p.attending}/${p.invited}` : 'Chưa báo cáo'}</span></div>`,
      )
      .join('');
    const rows = f.points
      .map(
        (p) =>
          `<tr><td>${esc(p.code)}</td><td>${esc(p.name)}</td><td>${p.reported ? `<a href="/reports/${esc(p.code)}/${esc(p.reportId)}/${p.revision}">Lần ${p.revision}</a>` : 'Chưa báo cáo'}</td><td>${esc(when(p.receivedAt))}</td><td class="n">${p.invited}</td><td class="n">${p.attending}</td>${ATTENDANCE_STATUSES.map((s) => `<td class="n">${p.byStatus[s]}</td>`).join('')}</tr>`,
      )
      .join('');
    const t = f.totals;
    return page(
      reply,
      f.meeting.title,
      `<h1>${esc(f.meeting.title)}</h1><p class="muted">${esc(when(f.meeting.startsAt))} · ${reported}/${f.points.length} điểm cầu đã báo cáo</p>
<nav><a href="/meetings/${esc(id)}/figures.csv">Tải CSV</a><a href="/meetings/${esc(id)}/figures.xlsx">Tải XLSX</a></nav>
<h2>Bảng điểm cầu</h2><div class="board">${tiles}</div>
<h2>Số liệu tổng hợp</h2><table><thead><tr><th>Mã</th><th>Điểm cầu</th><th>Báo cáo</th><th>Nhận lúc</th><th>Mời</th><th>Dự</th>${ATTENDANCE_STATUSES.map((s) => `<th>${esc(STATUS_LABEL[s])}</th>`).join('')}</tr></thead><tbody>${rows}</tbody>
<tfoot><tr><th colspan="4">Tổng cộng (${t.reported} điểm cầu)</th><td class="n">${t.invited}</td><td class="n">${t.attending}</td>${ATTENDANCE_STATUSES.map((s) => `<td class="n">${t.byStatus[s]}</td>`).join('')}</tr></tfoot></table>`,
    );
  });

  for (const format of ['csv', 'xlsx'] as const) {
    app.get<{ Params: { id: string } }>(
      `/meetings/:id/figures.${format}`,
      async (request, reply) => {
        const { id } = request.params;
        if (!idPattern.test(id) || !(await getMeeting(db, id)))
          return notFound(reply, 'Không có hội nghị này.');
        const f = await meetingFigures(db, id);
        reply.header('content-disposition', `attachment; filename="tong-hop-${id}.${format}"`);
        return format === 'csv'
          ? reply.header('content-type', 'text/csv; charset=utf-8').send(figuresCsv(f))
          : reply
              .header(
                'content-type',
                'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              )
              .send(await figuresXlsx(f));
      },
    );
  }

  app.get<{ Params: { code: string; reportId: string; revision: string } }>(
    '/reports/:code/:reportId/:revision',
    async (request, reply) => {
      const { code, reportId } = request.params;
      const revision = Number(request.params.revision);
      if (!idPattern.test(code) || !idPattern.test(reportId) || !Number.isInteger(revision)) {
        return notFound(reply, 'Không có báo cáo này.');
      }
      const row = await db
        .selectFrom('reports')
        .innerJoin('points', 'points.id', 'reports.point_id')
        .select(['points.name', 'reports.payload', 'reports.sha256', 'reports.received_at'])
        .where('points.code', '=', code)
        .where('reports.report_id', '=', reportId)
        .where('reports.revision', '=', revision)
        .executeTakeFirst();
      if (!row) return notFound(reply, 'Không có báo cáo này.');
      const p = JSON.parse(Buffer.from(row.payload).toString('utf8')) as ReportRevisionPayload;
      const list = (items: string[]) =>
        items.length
          ? `<ol>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ol>`
          : '<p class="muted">Không có.</p>';
      const table = (head: string[], rows: string[][]) =>
        rows.length
          ? `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
          : '<p class="muted">Không có.</p>';
      return page(
        reply,
        `${row.name} — ${p.meeting.title}`,
        `<h1>${esc(p.meeting.title)}</h1>
<p>${esc(row.name)} (${esc(code)}) · báo cáo lần ${p.revision} · lập lúc ${esc(when(p.generatedAt))} · nhận lúc ${esc(when(row.received_at))}</p>
<p class="muted">SHA-256: <code>${esc(row.sha256)}</code> · phiên bản ứng dụng ${esc(p.appVersion)}</p>
<h2>Thành phần tham dự</h2>
${table(
  ['Tình trạng', 'Số người'],
  ATTENDANCE_STATUSES.map((s) => [STATUS_LABEL[s], String(p.attendance.byStatus[s] ?? 0)]),
)}
<h2>Theo nhóm</h2>${table(
          ['Nhóm', 'Mời', 'Dự'],
          p.attendance.byGroup.map((g) => [g.group, String(g.invited), String(g.attending)]),
        )}
<h2>Danh sách</h2>${table(
          ['STT', 'Họ tên', 'Chức vụ', 'Đơn vị', 'Nhóm', 'Tình trạng', 'Điểm danh lúc', 'Ghi chú'],
          p.attendance.list.map((a) => [
            String(a.order),
            a.name,
            a.position,
            a.unit,
            a.group,
            STATUS_LABEL[a.status] ?? a.status,
            when(a.checkedInAt),
            a.note,
          ]),
        )}
<h2>Phát biểu</h2>${table(
          [
            'Người phát biểu',
            'Chức vụ',
            'Nơi phát biểu',
            'Nội dung',
            'Bắt đầu',
            'Thời lượng (giây)',
          ],
          p.speeches.map((s) => [
            s.speaker,
            s.position,
            s.origin,
            s.topic,
            when(s.startedAt),
            s.durationSeconds === null ? '' : String(s.durationSeconds),
          ]),
        )}
<h2>Tóm tắt</h2><pre>${esc(p.summary)}</pre>
<h2>Kết luận</h2>${list(p.conclusions)}
<h2>Kiến nghị, đề xuất</h2>${list(p.recommendations)}
<h2>Nhiệm vụ</h2>${table(
          ['Nội dung', 'Đơn vị thực hiện', 'Thời hạn'],
          p.tasks.map((t) => [t.text, t.owner, t.deadline ?? '']),
        )}
<h2>Sự cố kỹ thuật</h2>${table(
          ['Loại', 'Bắt đầu', 'Kết thúc', 'Ghi chú'],
          p.incidents.map((i) => [
            INCIDENT_LABEL[i.kind] ?? i.kind,
            when(i.startedAt),
            when(i.endedAt),
            i.note,
          ]),
        )}`,
      );
    },
  );
}
