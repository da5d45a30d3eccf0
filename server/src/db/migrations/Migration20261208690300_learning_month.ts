import { Migration } from '@mikro-orm/migrations';

/**
 * Each person's learning time per calendar month, kept by the database from `learning_entry`: statement
 * triggers fold every insert, update and delete into the month's sum and count, whoever writes (the api, the
 * retention purge, a seed in SQL). Rows are locked in key order, so two writers touching the same months
 * (two purges in two api processes, say) wait for each other instead of deadlocking. A month whose last entry
 * goes is removed: a row means the person registered time in that month.
 */
export class Migration20261208690300_learning_month extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "learning_month" ("person_id" uuid not null, "month" date not null, "hours" numeric(7,2) not null, "entries" int not null, constraint "learning_month_pkey" primary key ("person_id", "month"));`);
    this.addSql(`alter table "learning_month" add constraint "learning_month_person_id_foreign" foreign key ("person_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`create function learning_month_fold() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform 1 from learning_month m
      where (m.person_id, m.month) in (select person_id, date_trunc('month', date::timestamp)::date from old_rows)
      order by m.person_id, m.month for update;
    update learning_month m set hours = m.hours - g.hours, entries = m.entries - g.entries
      from (select person_id, date_trunc('month', date::timestamp)::date as month, sum(hours) as hours, count(*)::int as entries
              from old_rows group by 1, 2) g
     where m.person_id = g.person_id and m.month = g.month;
    delete from learning_month m
     where m.entries <= 0 and (m.person_id, m.month) in (select person_id, date_trunc('month', date::timestamp)::date from old_rows);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into learning_month (person_id, month, hours, entries)
    select person_id, date_trunc('month', date::timestamp)::date, sum(hours), count(*)::int from new_rows group by 1, 2 order by 1, 2
    on conflict (person_id, month) do update set hours = learning_month.hours + excluded.hours, entries = learning_month.entries + excluded.entries;
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger learning_month_on_insert after insert on learning_entry referencing new table as new_rows for each statement execute function learning_month_fold();`);
    this.addSql(`create trigger learning_month_on_update after update on learning_entry referencing old table as old_rows new table as new_rows for each statement execute function learning_month_fold();`);
    this.addSql(`create trigger learning_month_on_delete after delete on learning_entry referencing old table as old_rows for each statement execute function learning_month_fold();`);

    this.addSql(`insert into learning_month (person_id, month, hours, entries)
      select person_id, date_trunc('month', date::timestamp)::date, sum(hours), count(*)::int from learning_entry group by 1, 2;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger learning_month_on_insert on learning_entry;`);
    this.addSql(`drop trigger learning_month_on_update on learning_entry;`);
    this.addSql(`drop trigger learning_month_on_delete on learning_entry;`);
    this.addSql(`drop function learning_month_fold();`);
    this.addSql(`drop table "learning_month";`);
  }

}
