import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AgreementView } from '@mutualis/contracts';

interface AgreementRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  resource_id: string;
  minutes_per_period: number | null;
  period_unit: AgreementView['periodUnit'];
  starts_on: string;
  ends_on: string | null;
  over_quota: 'refuse' | 'warn';
  rollover: 'none' | 'next';
  rollover_cap_minutes: number | null;
  fixed_share_percent: string | null;
}

const AGREEMENT_SELECT = `
  SELECT a.id, a.organisation_id, o.name AS organisation_name, a.resource_id, a.minutes_per_period, a.period_unit,
         to_char(a.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(a.ends_on, 'YYYY-MM-DD') AS ends_on, a.over_quota, a.rollover,
         a.rollover_cap_minutes, a.fixed_share_percent
    FROM agreement a JOIN organisation o ON o.id = a.organisation_id`;

function toAgreementView(r: AgreementRow): AgreementView {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    resourceId: r.resource_id,
    minutesPerPeriod: r.minutes_per_period,
    periodUnit: r.period_unit,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    overQuota: r.over_quota,
    rollover: r.rollover,
    rolloverCapMinutes: r.rollover_cap_minutes,
    fixedSharePercent: r.fixed_share_percent === null ? null : Number(r.fixed_share_percent),
  };
}

/** Every query on service agreements. */
@Injectable()
export class AgreementRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async agreements(filter: { networkIds: string[]; resourceId?: string; organisationId?: string }): Promise<AgreementView[]> {
    const rows: AgreementRow[] = await this.dataSource.query(
      `${AGREEMENT_SELECT} JOIN resource r ON r.id = a.resource_id
        WHERE r.network_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR a.resource_id = $2) AND ($3::uuid IS NULL OR a.organisation_id = $3)
        ORDER BY o.name, a.starts_on`,
      [filter.networkIds, filter.resourceId ?? null, filter.organisationId ?? null],
    );
    return rows.map(toAgreementView);
  }

  async agreement(manager: EntityManager, id: string): Promise<AgreementView | null> {
    const rows: AgreementRow[] = await manager.query(`${AGREEMENT_SELECT} WHERE a.id = $1`, [id]);
    return rows[0] ? toAgreementView(rows[0]) : null;
  }

  /** The agreement of an organisation on a resource in force on a local date. */
  async agreementOn(
    manager: EntityManager,
    resourceId: string,
    organisationId: string,
    date: string,
  ): Promise<AgreementView | null> {
    const rows: AgreementRow[] = await manager.query(
      `${AGREEMENT_SELECT} WHERE a.resource_id = $1 AND a.organisation_id = $2 AND a.starts_on <= $3::date AND (a.ends_on IS NULL OR a.ends_on > $3::date)`,
      [resourceId, organisationId, date],
    );
    return rows[0] ? toAgreementView(rows[0]) : null;
  }

  async insertAgreement(manager: EntityManager, a: Omit<AgreementView, 'id' | 'organisationName'>): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO agreement (organisation_id, resource_id, minutes_per_period, period_unit, starts_on, ends_on, over_quota, rollover,
                              rollover_cap_minutes, fixed_share_percent)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        a.organisationId,
        a.resourceId,
        a.minutesPerPeriod,
        a.periodUnit,
        a.startsOn,
        a.endsOn,
        a.overQuota,
        a.rollover,
        a.rolloverCapMinutes,
        a.fixedSharePercent,
      ],
    );
    return row.id;
  }

  async updateAgreement(
    manager: EntityManager,
    id: string,
    a: Omit<AgreementView, 'id' | 'organisationName' | 'organisationId' | 'resourceId'>,
  ): Promise<void> {
    await manager.query(
      `UPDATE agreement SET minutes_per_period = $2, period_unit = $3, starts_on = $4, ends_on = $5, over_quota = $6, rollover = $7,
              rollover_cap_minutes = $8, fixed_share_percent = $9, updated_at = now() WHERE id = $1`,
      [
        id,
        a.minutesPerPeriod,
        a.periodUnit,
        a.startsOn,
        a.endsOn,
        a.overQuota,
        a.rollover,
        a.rolloverCapMinutes,
        a.fixedSharePercent,
      ],
    );
  }

  async deleteAgreement(manager: EntityManager, id: string): Promise<void> {
    await manager.query('DELETE FROM agreement WHERE id = $1', [id]);
  }
}
