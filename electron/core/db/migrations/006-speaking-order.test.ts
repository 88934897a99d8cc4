import { describe, expect, it } from 'vitest';
import { migrate } from './index';
import { NOW, databaseAt } from './testing';

describe('migration 6, speaking order', () => {
  it('version 5 → 6 keeps agenda items, gives them no default speech time, and adds the log', () => {
    const db = databaseAt(5);
    db.prepare(
      `INSERT INTO meetings (id, title, date, start_time, created_at, updated_at)
       VALUES ('m1', 'Hội nghị', '2025-03-01', '08:00', ?, ?)`,
    ).run(NOW, NOW);
    db.prepare(
      `INSERT INTO agenda_items (id, meeting_id, position, title, duration_minutes)
       VALUES ('a1', 'm1', 0, 'Thảo luận', 60)`,
    ).run();
    expect(migrate(db, 6)).toBe(6);
    expect(db.prepare('SELECT * FROM agenda_items').get()).toMatchObject({
      id: 'a1',
      title: 'Thảo luận',
      duration_minutes: 60,
      speech_minutes: null,
    });
    expect(db.prepare('SELECT count(*) AS n FROM speeches').get()).toEqual({ n: 0 });
    // A speech filed under an item outlives the item: it becomes unfiled.
    db.prepare(
      `INSERT INTO speeches (id, meeting_id, agenda_item_id, order_key, state, speaker_name,
         origin_kind, trail, segments, created_at, updated_at)
       VALUES ('s1', 'm1', 'a1', 'i', 'queued', 'A', 'center', '[]', '[]', ?, ?)`,
    ).run(NOW, NOW);
    db.prepare("DELETE FROM agenda_items WHERE id = 'a1'").run();
    expect(db.prepare('SELECT agenda_item_id FROM speeches').get()).toEqual({
      agenda_item_id: null,
    });
  });
});
