import { Migration } from '@mikro-orm/migrations';

/**
 * Whether a competency's links to norms are presumed. The demo framework said so in every competency's
 * title; that suffix becomes the flag, so screens can say it once as a legend.
 */
export class Migration20261208510000_competency_link_presumed extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "competency" add column "link_presumed" boolean not null default false;`);
    this.addSql(`update "competency" set "link_presumed" = true, "title" = left("title", length("title") - length(' (vermoedelijke koppeling, niet bevestigd)'))
      where "title" like '% (vermoedelijke koppeling, niet bevestigd)';`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "competency" set "title" = "title" || ' (vermoedelijke koppeling, niet bevestigd)' where "link_presumed";`);
    this.addSql(`alter table "competency" drop column "link_presumed";`);
  }

}
