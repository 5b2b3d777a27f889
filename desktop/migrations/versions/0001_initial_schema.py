"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 15:54:22.882648
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desktop.models.types

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=80), nullable=False),
        sa.Column("industry", sa.String(length=80), nullable=False),
        sa.Column("region", sa.String(length=80), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("tax_id", sa.String(length=40), nullable=False),
        sa.Column("source_channel", sa.String(length=120), nullable=False),
        sa.Column(
            "customer_class",
            sa.Enum("in_system", "a", "b", "c", name="customerclass", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column(
            "ownership_type",
            sa.Enum(
                "state_central",
                "local_soe_listed",
                "large_private",
                "private",
                name="ownershiptype",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "industry_stage",
            sa.Enum(
                "fast_growth",
                "growth",
                "stable",
                "decline",
                name="industrystage",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "financial_condition",
            sa.Enum(
                "very_good",
                "good",
                "average",
                "poor",
                name="financialcondition",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "payment_history",
            sa.Enum(
                "clean",
                "delays",
                "no_contract",
                "bad_debt",
                name="paymenthistory",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("uuid", name=op.f("uq_account_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_account_name"), ["name"], unique=False)

    op.create_table(
        "checklist_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("builtin_key", sa.String(length=80), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_template")),
        sa.UniqueConstraint("uuid", name=op.f("uq_checklist_template_uuid")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "forecast_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forecast_snapshot")),
        sa.UniqueConstraint(
            "owner", "week_start", name=op.f("uq_forecast_snapshot_owner_week_start")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_forecast_snapshot_uuid")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "monthly_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("amount", desktop.models.types.Money(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monthly_target")),
        sa.UniqueConstraint("owner", "month", name=op.f("uq_monthly_target_owner_month")),
        sa.UniqueConstraint("uuid", name=op.f("uq_monthly_target_uuid")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "stage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("name_zh", sa.String(length=120), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("is_closed", sa.Boolean(), nullable=False),
        sa.Column("is_won", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage")),
        sa.UniqueConstraint("code", name=op.f("uq_stage_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_stage_uuid")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "trash_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("account_name", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trash_entry")),
        sa.UniqueConstraint("uuid", name=op.f("uq_trash_entry_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("trash_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trash_entry_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_trash_entry_record_uuid"), ["record_uuid"], unique=False
        )

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=120), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column(
            "layer",
            sa.Enum(
                "decision",
                "management",
                "operational",
                "external",
                name="layer",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "external_kind",
            sa.Enum(
                "superior_unit",
                "design_institute",
                "headquarters",
                "other",
                name="externalkind",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("reports_to_id", sa.Integer(), nullable=True),
        sa.Column(
            "stance",
            sa.Enum(
                "coach",
                "supporter",
                "neutral",
                "opponent",
                "blocker",
                name="stance",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("influence_level", sa.Integer(), nullable=True),
        sa.Column("closeness", sa.Integer(), nullable=True),
        sa.Column("trust", sa.Integer(), nullable=True),
        sa.Column("could_be_coach", sa.Boolean(), nullable=False),
        sa.Column(
            "personality",
            sa.Enum(
                "tiger", "peacock", "owl", "koala", name="personality", native_enum=False, length=32
            ),
            nullable=True,
        ),
        sa.Column("temperament", sa.String(length=200), nullable=False),
        sa.Column("outlook", sa.String(length=200), nullable=False),
        sa.Column("eloquence", sa.String(length=200), nullable=False),
        sa.Column("others_rating", sa.Text(), nullable=False),
        sa.Column(
            "gender",
            sa.Enum("male", "female", name="gender", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column("birthplace", sa.String(length=120), nullable=False),
        sa.Column("education", sa.String(length=200), nullable=False),
        sa.Column("interests", sa.Text(), nullable=False),
        sa.Column("introduced_by", sa.String(length=200), nullable=False),
        sa.Column("family", sa.Text(), nullable=False),
        sa.Column("background", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("mobile", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("wechat", sa.String(length=80), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_contact_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reports_to_id"],
            ["contact.id"],
            name=op.f("fk_contact_reports_to_id_contact"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
        sa.UniqueConstraint("uuid", name=op.f("uq_contact_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_name"), ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contact_reports_to_id"), ["reports_to_id"], unique=False
        )

    op.create_table(
        "snapshot_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("snapshot_id", sa.Integer(), nullable=False),
        sa.Column("opportunity_uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("account_name", sa.String(length=200), nullable=False),
        sa.Column("amount", desktop.models.types.Money(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "pipeline",
                "best_case",
                "commit",
                "omitted",
                "won",
                "lost",
                name="forecastcategory",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("expected_decision_date", sa.Date(), nullable=True),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["snapshot_id"],
            ["forecast_snapshot.id"],
            name=op.f("fk_snapshot_line_snapshot_id_forecast_snapshot"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_snapshot_line")),
        sa.UniqueConstraint("uuid", name=op.f("uq_snapshot_line_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("snapshot_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_snapshot_line_snapshot_id"), ["snapshot_id"], unique=False
        )

    op.create_table(
        "stage_criterion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("text_zh", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["stage_id"],
            ["stage.id"],
            name=op.f("fk_stage_criterion_stage_id_stage"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_criterion")),
        sa.UniqueConstraint("uuid", name=op.f("uq_stage_criterion_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("stage_criterion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stage_criterion_stage_id"), ["stage_id"], unique=False)

    op.create_table(
        "template_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(length=40), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("text_zh", sa.Text(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["checklist_template.id"],
            name=op.f("fk_template_item_template_id_checklist_template"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template_item")),
        sa.UniqueConstraint("uuid", name=op.f("uq_template_item_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("template_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_template_item_template_id"), ["template_id"], unique=False
        )

    op.create_table(
        "contact_role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "key_decision_maker",
                "technical_gatekeeper",
                "business_gatekeeper",
                "project_lead",
                "coach",
                "influencer",
                "purchaser",
                "user",
                name="role",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_contact_role_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_role")),
        sa.UniqueConstraint("contact_id", "role", name=op.f("uq_contact_role_contact_id_role")),
        sa.UniqueConstraint("uuid", name=op.f("uq_contact_role_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("contact_role", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_role_contact_id"), ["contact_id"], unique=False
        )

    op.create_table(
        "influence_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("strength", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["contact.id"],
            name=op.f("fk_influence_link_source_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["contact.id"],
            name=op.f("fk_influence_link_target_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_influence_link")),
        sa.UniqueConstraint(
            "source_id", "target_id", name=op.f("uq_influence_link_source_id_target_id")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_influence_link_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("influence_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_influence_link_source_id"), ["source_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_influence_link_target_id"), ["target_id"], unique=False
        )

    op.create_table(
        "interaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "visit",
                "call",
                "tech_exchange",
                "factory_visit",
                "meal",
                "other",
                name="interactionkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("participants", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("closeness_after", sa.Integer(), nullable=True),
        sa.Column("trust_after", sa.Integer(), nullable=True),
        sa.Column("info_policy", sa.Text(), nullable=False),
        sa.Column("info_people", sa.Text(), nullable=False),
        sa.Column("info_business", sa.Text(), nullable=False),
        sa.Column("info_activities", sa.Text(), nullable=False),
        sa.Column("next_step", sa.Text(), nullable=False),
        sa.Column("next_step_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_interaction_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_interaction_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction")),
        sa.UniqueConstraint("uuid", name=op.f("uq_interaction_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interaction_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_interaction_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_interaction_occurred_on"), ["occurred_on"], unique=False
        )

    op.create_table(
        "opportunity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("amount", desktop.models.types.Money(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("purchase_date", sa.Date(), nullable=True),
        sa.Column("expected_decision_date", sa.Date(), nullable=True),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("stage_entered_on", sa.Date(), nullable=False),
        sa.Column("probability_override", sa.Integer(), nullable=True),
        sa.Column(
            "forecast_category",
            sa.Enum(
                "pipeline",
                "best_case",
                "commit",
                "omitted",
                "won",
                "lost",
                name="forecastcategory",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("key_contact_id", sa.Integer(), nullable=True),
        sa.Column("relationships", sa.Text(), nullable=False),
        sa.Column("information_source", sa.String(length=200), nullable=False),
        sa.Column(
            "funding_source",
            sa.Enum(
                "government",
                "bank",
                "self_raised",
                "other",
                name="fundingsource",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "funding_status",
            sa.Enum(
                "in_place",
                "half",
                "not_in_place",
                name="fundingstatus",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("project_type", sa.String(length=120), nullable=False),
        sa.Column(
            "project_level",
            sa.Enum(
                "normal",
                "important",
                "major",
                "critical",
                "collective",
                "strategic",
                name="projectlevel",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("sponsor", sa.String(length=80), nullable=False),
        sa.Column("project_manager", sa.String(length=80), nullable=False),
        sa.Column("customer_rep", sa.String(length=80), nullable=False),
        sa.Column("solution_rep", sa.String(length=80), nullable=False),
        sa.Column("delivery_rep", sa.String(length=80), nullable=False),
        sa.Column("charter", sa.JSON(), nullable=False),
        sa.Column(
            "bid_decision",
            sa.Enum("undecided", "bid", "no_bid", name="biddecision", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("no_bid_reason", sa.Text(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("win_loss_reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_opportunity_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["key_contact_id"],
            ["contact.id"],
            name=op.f("fk_opportunity_key_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"],
            ["stage.id"],
            name=op.f("fk_opportunity_stage_id_stage"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunity")),
        sa.UniqueConstraint("uuid", name=op.f("uq_opportunity_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opportunity_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_opportunity_amount"), ["amount"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_opportunity_expected_decision_date"),
            ["expected_decision_date"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_opportunity_forecast_category"), ["forecast_category"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_opportunity_key_contact_id"), ["key_contact_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_opportunity_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_opportunity_stage_id"), ["stage_id"], unique=False)

    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "evaluation",
                "payment_capacity",
                "ten_item",
                "bid_decision",
                name="assessmentkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=True),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=True),
        sa.Column("result", sa.String(length=40), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_assessment_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_assessment_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_assessment_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessment_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_assessment_opportunity_id"), ["opportunity_id"], unique=False
        )

    op.create_table(
        "competitor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("weaknesses", sa.Text(), nullable=False),
        sa.Column("expected_share", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_competitor_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competitor")),
        sa.UniqueConstraint("uuid", name=op.f("uq_competitor_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("competitor", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_competitor_opportunity_id"), ["opportunity_id"], unique=False
        )

    op.create_table(
        "contract",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=True),
        sa.Column("number", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("amount", desktop.models.types.Money(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "customer_class",
            sa.Enum("in_system", "a", "b", "c", name="customerclass", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("warranty_months", sa.Integer(), nullable=True),
        sa.Column("reviewed_by", sa.String(length=80), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("terms_closed", sa.Boolean(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "completed",
                "terminated",
                name="contractstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("terminated_on", sa.Date(), nullable=True),
        sa.Column("termination_reason", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_contract_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_contract_opportunity_id_opportunity"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract")),
        sa.UniqueConstraint("uuid", name=op.f("uq_contract_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contract_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contract_number"), ["number"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contract_opportunity_id"), ["opportunity_id"], unique=False
        )

    op.create_table(
        "decision_group_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "key_decision_maker",
                "technical_gatekeeper",
                "business_gatekeeper",
                "project_lead",
                "coach",
                "influencer",
                "purchaser",
                "user",
                name="role",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "stance",
            sa.Enum(
                "coach",
                "supporter",
                "neutral",
                "opponent",
                "blocker",
                name="stance",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_decision_group_member_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_decision_group_member_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_group_member")),
        sa.UniqueConstraint(
            "opportunity_id",
            "contact_id",
            name=op.f("uq_decision_group_member_opportunity_id_contact_id"),
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_decision_group_member_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("decision_group_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_decision_group_member_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_decision_group_member_opportunity_id"), ["opportunity_id"], unique=False
        )

    op.create_table(
        "lead",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("source_channel", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("pain", sa.Text(), nullable=False),
        sa.Column("solution_idea", sa.Text(), nullable=False),
        sa.Column("budget_note", sa.Text(), nullable=False),
        sa.Column("relationship_note", sa.Text(), nullable=False),
        sa.Column("window_start", sa.Date(), nullable=True),
        sa.Column("window_end", sa.Date(), nullable=True),
        sa.Column(
            "temperature",
            sa.Enum("cold", "warm", "hot", name="leadtemperature", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("temperature_checks", sa.JSON(), nullable=False),
        sa.Column("has_money", sa.Boolean(), nullable=False),
        sa.Column("has_authority", sa.Boolean(), nullable=False),
        sa.Column("has_need", sa.Boolean(), nullable=False),
        sa.Column("in_buying_process", sa.Boolean(), nullable=False),
        sa.Column("has_budget", sa.Boolean(), nullable=False),
        sa.Column("can_participate", sa.Boolean(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open", "converted", "dropped", name="leadstatus", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("converted_opportunity_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_lead_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["converted_opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_lead_converted_opportunity_id_opportunity"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lead")),
        sa.UniqueConstraint("uuid", name=op.f("uq_lead_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("lead", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lead_account_id"), ["account_id"], unique=False)

    op.create_table(
        "stage_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("from_stage_id", sa.Integer(), nullable=True),
        sa.Column("to_stage_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("override", sa.Boolean(), nullable=False),
        sa.Column("unmet_criteria", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["from_stage_id"],
            ["stage.id"],
            name=op.f("fk_stage_change_from_stage_id_stage"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_stage_change_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_stage_id"],
            ["stage.id"],
            name=op.f("fk_stage_change_to_stage_id_stage"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_change")),
        sa.UniqueConstraint("uuid", name=op.f("uq_stage_change_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("stage_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stage_change_opportunity_id"), ["opportunity_id"], unique=False
        )

    op.create_table(
        "stage_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("done_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["stage_criterion.id"],
            name=op.f("fk_stage_check_criterion_id_stage_criterion"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_stage_check_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_check")),
        sa.UniqueConstraint(
            "opportunity_id",
            "criterion_id",
            name=op.f("uq_stage_check_opportunity_id_criterion_id"),
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_stage_check_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("stage_check", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stage_check_criterion_id"), ["criterion_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_stage_check_opportunity_id"), ["opportunity_id"], unique=False
        )

    op.create_table(
        "tender",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("tender_no", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("buyer", sa.String(length=200), nullable=False),
        sa.Column("agency", sa.String(length=200), nullable=False),
        sa.Column("documents_obtained", sa.Text(), nullable=False),
        sa.Column("documents_obtained_on", sa.Date(), nullable=True),
        sa.Column("clarification_deadline", sa.DateTime(), nullable=True),
        sa.Column("submission_deadline", sa.DateTime(), nullable=True),
        sa.Column("submission_place", sa.String(length=300), nullable=False),
        sa.Column("opening_at", sa.DateTime(), nullable=True),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("bond_amount", desktop.models.types.Money(), nullable=True),
        sa.Column("bond_due_on", sa.Date(), nullable=True),
        sa.Column("bond_method", sa.String(length=80), nullable=False),
        sa.Column("bond_paid_on", sa.Date(), nullable=True),
        sa.Column("bond_refund_due_on", sa.Date(), nullable=True),
        sa.Column("bond_refunded_on", sa.Date(), nullable=True),
        sa.Column("price_ceiling", desktop.models.types.Money(), nullable=True),
        sa.Column("responsible", sa.String(length=200), nullable=False),
        sa.Column("template_name", sa.String(length=120), nullable=False),
        sa.Column("clarification", sa.Text(), nullable=False),
        sa.Column("second_quote", desktop.models.types.Money(), nullable=True),
        sa.Column(
            "result",
            sa.Enum(
                "pending", "won", "lost", "void", name="tenderresult", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("result_reason", sa.Text(), nullable=False),
        sa.Column("recovery_actions", sa.Text(), nullable=False),
        sa.Column("revisit_on", sa.Date(), nullable=True),
        sa.Column("review_note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_tender_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tender")),
        sa.UniqueConstraint("uuid", name=op.f("uq_tender_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("tender", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_tender_opportunity_id"), ["opportunity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_tender_submission_deadline"), ["submission_deadline"], unique=False
        )

    op.create_table(
        "acceptance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "arrival", "initial", "final", name="acceptancekind", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("accepted_on", sa.Date(), nullable=True),
        sa.Column("document", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.id"],
            name=op.f("fk_acceptance_contract_id_contract"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acceptance")),
        sa.UniqueConstraint("uuid", name=op.f("uq_acceptance_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("acceptance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_acceptance_contract_id"), ["contract_id"], unique=False
        )

    op.create_table(
        "amendment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("amount_delta", desktop.models.types.Money(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.id"],
            name=op.f("fk_amendment_contract_id_contract"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_amendment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_amendment_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("amendment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_amendment_contract_id"), ["contract_id"], unique=False)

    op.create_table(
        "checklist_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("tender_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(length=40), nullable=False),
        sa.Column("text_en", sa.Text(), nullable=False),
        sa.Column("text_zh", sa.Text(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "done",
                "na",
                "problem",
                name="checkliststatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("responsible", sa.String(length=80), nullable=False),
        sa.Column("checked_by", sa.String(length=80), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tender_id"],
            ["tender.id"],
            name=op.f("fk_checklist_item_tender_id_tender"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_item")),
        sa.UniqueConstraint("uuid", name=op.f("uq_checklist_item_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_item_tender_id"), ["tender_id"], unique=False
        )

    op.create_table(
        "delivery_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=200), nullable=False),
        sa.Column("quantity", desktop.models.types.Money(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("shipped_on", sa.Date(), nullable=True),
        sa.Column("arrived_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.id"],
            name=op.f("fk_delivery_line_contract_id_contract"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_line")),
        sa.UniqueConstraint("uuid", name=op.f("uq_delivery_line_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("delivery_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_delivery_line_contract_id"), ["contract_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_delivery_line_planned_on"), ["planned_on"], unique=False
        )

    op.create_table(
        "deviation_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("tender_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("technical", "commercial", name="deviationtype", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("clause", sa.String(length=80), nullable=False),
        sa.Column("requirement", sa.Text(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column(
            "deviation",
            sa.Enum("none", "positive", "negative", name="deviation", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("strategy", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tender_id"],
            ["tender.id"],
            name=op.f("fk_deviation_item_tender_id_tender"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deviation_item")),
        sa.UniqueConstraint("uuid", name=op.f("uq_deviation_item_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("deviation_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_deviation_item_tender_id"), ["tender_id"], unique=False
        )

    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("amount", desktop.models.types.Money(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "bank_transfer",
                "bank_acceptance",
                "commercial_acceptance",
                "cheque",
                "cash",
                "other",
                name="paymentmethod",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reference", sa.String(length=80), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.id"],
            name=op.f("fk_payment_contract_id_contract"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_payment_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_contract_id"), ["contract_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_payment_received_on"), ["received_on"], unique=False)

    op.create_table(
        "payment_milestone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("percent", desktop.models.types.Money(), nullable=True),
        sa.Column("amount", desktop.models.types.Money(), nullable=False),
        sa.Column(
            "trigger",
            sa.Enum(
                "signing",
                "delivery",
                "acceptance",
                "final_acceptance",
                "warranty_end",
                "fixed_date",
                name="milestonetrigger",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "due_rule",
            sa.Enum("fixed_date", "days_after", name="duerule", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("due_days", sa.Integer(), nullable=False),
        sa.Column("fixed_due_on", sa.Date(), nullable=True),
        sa.Column("trigger_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.id"],
            name=op.f("fk_payment_milestone_contract_id_contract"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_milestone")),
        sa.UniqueConstraint("uuid", name=op.f("uq_payment_milestone_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("payment_milestone", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_payment_milestone_contract_id"), ["contract_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_payment_milestone_due_on"), ["due_on"], unique=False)

    op.create_table(
        "shipping_exception",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("commitment_letter", sa.Text(), nullable=False),
        sa.Column("approver", sa.String(length=80), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("close_by", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.id"],
            name=op.f("fk_shipping_exception_contract_id_contract"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shipping_exception")),
        sa.UniqueConstraint("uuid", name=op.f("uq_shipping_exception_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("shipping_exception", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_shipping_exception_close_by"), ["close_by"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_shipping_exception_contract_id"), ["contract_id"], unique=False
        )

    op.create_table(
        "tender_lot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("tender_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("lot_no", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("our_price", desktop.models.types.Money(), nullable=True),
        sa.Column(
            "result",
            sa.Enum(
                "pending", "won", "lost", "void", name="tenderresult", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("winner", sa.String(length=200), nullable=False),
        sa.Column("winning_price", desktop.models.types.Money(), nullable=True),
        sa.Column("our_rank", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tender_id"],
            ["tender.id"],
            name=op.f("fk_tender_lot_tender_id_tender"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tender_lot")),
        sa.UniqueConstraint("uuid", name=op.f("uq_tender_lot_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("tender_lot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tender_lot_tender_id"), ["tender_id"], unique=False)

    op.create_table(
        "collection_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("milestone_id", sa.Integer(), nullable=False),
        sa.Column(
            "step",
            sa.Enum(
                "reminder_call",
                "reconciliation_letter",
                "dunning_letter",
                "lawyer_letter",
                "litigation",
                name="collectionstep",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("done_by", sa.String(length=80), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("acknowledged", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["milestone_id"],
            ["payment_milestone.id"],
            name=op.f("fk_collection_action_milestone_id_payment_milestone"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collection_action")),
        sa.UniqueConstraint("uuid", name=op.f("uq_collection_action_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("collection_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_collection_action_milestone_id"), ["milestone_id"], unique=False
        )

    op.create_table(
        "invoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("milestone_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "vat_special", "vat_ordinary", name="invoicekind", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("amount", desktop.models.types.Money(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "issued", "booked", "returned", name="invoicestatus", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("status_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.id"],
            name=op.f("fk_invoice_contract_id_contract"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["milestone_id"],
            ["payment_milestone.id"],
            name=op.f("fk_invoice_milestone_id_payment_milestone"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice")),
        sa.UniqueConstraint("uuid", name=op.f("uq_invoice_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invoice_contract_id"), ["contract_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_invoice_milestone_id"), ["milestone_id"], unique=False)

    op.create_table(
        "payment_allocation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("milestone_id", sa.Integer(), nullable=False),
        sa.Column("amount", desktop.models.types.Money(), nullable=False),
        sa.Column("manual", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["milestone_id"],
            ["payment_milestone.id"],
            name=op.f("fk_payment_allocation_milestone_id_payment_milestone"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["payment.id"],
            name=op.f("fk_payment_allocation_payment_id_payment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_allocation")),
        sa.UniqueConstraint("uuid", name=op.f("uq_payment_allocation_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("payment_allocation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_payment_allocation_milestone_id"), ["milestone_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_payment_allocation_payment_id"), ["payment_id"], unique=False
        )

    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("stored_name", sa.String(length=200), nullable=False),
        sa.Column("original_name", sa.String(length=260), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("checklist_item_id", sa.Integer(), nullable=True),
        sa.Column("acceptance_id", sa.Integer(), nullable=True),
        sa.Column("collection_action_id", sa.Integer(), nullable=True),
        sa.Column("shipping_exception_id", sa.Integer(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["acceptance_id"],
            ["acceptance.id"],
            name=op.f("fk_attachment_acceptance_id_acceptance"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["checklist_item_id"],
            ["checklist_item.id"],
            name=op.f("fk_attachment_checklist_item_id_checklist_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["collection_action_id"],
            ["collection_action.id"],
            name=op.f("fk_attachment_collection_action_id_collection_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_attachment_interaction_id_interaction"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["shipping_exception_id"],
            ["shipping_exception.id"],
            name=op.f("fk_attachment_shipping_exception_id_shipping_exception"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_attachment_uuid")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachment_acceptance_id"), ["acceptance_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_attachment_checklist_item_id"), ["checklist_item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_attachment_collection_action_id"), ["collection_action_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_attachment_interaction_id"), ["interaction_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_attachment_shipping_exception_id"),
            ["shipping_exception_id"],
            unique=False,
        )


def downgrade() -> None:

    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_shipping_exception_id"))
        batch_op.drop_index(batch_op.f("ix_attachment_interaction_id"))
        batch_op.drop_index(batch_op.f("ix_attachment_collection_action_id"))
        batch_op.drop_index(batch_op.f("ix_attachment_checklist_item_id"))
        batch_op.drop_index(batch_op.f("ix_attachment_acceptance_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("payment_allocation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_allocation_payment_id"))
        batch_op.drop_index(batch_op.f("ix_payment_allocation_milestone_id"))

    op.drop_table("payment_allocation")
    with op.batch_alter_table("invoice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invoice_milestone_id"))
        batch_op.drop_index(batch_op.f("ix_invoice_contract_id"))

    op.drop_table("invoice")
    with op.batch_alter_table("collection_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_collection_action_milestone_id"))

    op.drop_table("collection_action")
    with op.batch_alter_table("tender_lot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tender_lot_tender_id"))

    op.drop_table("tender_lot")
    with op.batch_alter_table("shipping_exception", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shipping_exception_contract_id"))
        batch_op.drop_index(batch_op.f("ix_shipping_exception_close_by"))

    op.drop_table("shipping_exception")
    with op.batch_alter_table("payment_milestone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_milestone_due_on"))
        batch_op.drop_index(batch_op.f("ix_payment_milestone_contract_id"))

    op.drop_table("payment_milestone")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_received_on"))
        batch_op.drop_index(batch_op.f("ix_payment_contract_id"))

    op.drop_table("payment")
    with op.batch_alter_table("deviation_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deviation_item_tender_id"))

    op.drop_table("deviation_item")
    with op.batch_alter_table("delivery_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delivery_line_planned_on"))
        batch_op.drop_index(batch_op.f("ix_delivery_line_contract_id"))

    op.drop_table("delivery_line")
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_item_tender_id"))

    op.drop_table("checklist_item")
    with op.batch_alter_table("amendment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_amendment_contract_id"))

    op.drop_table("amendment")
    with op.batch_alter_table("acceptance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_acceptance_contract_id"))

    op.drop_table("acceptance")
    with op.batch_alter_table("tender", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tender_submission_deadline"))
        batch_op.drop_index(batch_op.f("ix_tender_opportunity_id"))

    op.drop_table("tender")
    with op.batch_alter_table("stage_check", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_check_opportunity_id"))
        batch_op.drop_index(batch_op.f("ix_stage_check_criterion_id"))

    op.drop_table("stage_check")
    with op.batch_alter_table("stage_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_change_opportunity_id"))

    op.drop_table("stage_change")
    with op.batch_alter_table("lead", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lead_account_id"))

    op.drop_table("lead")
    with op.batch_alter_table("decision_group_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_group_member_opportunity_id"))
        batch_op.drop_index(batch_op.f("ix_decision_group_member_contact_id"))

    op.drop_table("decision_group_member")
    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_opportunity_id"))
        batch_op.drop_index(batch_op.f("ix_contract_number"))
        batch_op.drop_index(batch_op.f("ix_contract_account_id"))

    op.drop_table("contract")
    with op.batch_alter_table("competitor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_competitor_opportunity_id"))

    op.drop_table("competitor")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_opportunity_id"))
        batch_op.drop_index(batch_op.f("ix_assessment_account_id"))

    op.drop_table("assessment")
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunity_stage_id"))
        batch_op.drop_index(batch_op.f("ix_opportunity_name"))
        batch_op.drop_index(batch_op.f("ix_opportunity_key_contact_id"))
        batch_op.drop_index(batch_op.f("ix_opportunity_forecast_category"))
        batch_op.drop_index(batch_op.f("ix_opportunity_expected_decision_date"))
        batch_op.drop_index(batch_op.f("ix_opportunity_amount"))
        batch_op.drop_index(batch_op.f("ix_opportunity_account_id"))

    op.drop_table("opportunity")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_occurred_on"))
        batch_op.drop_index(batch_op.f("ix_interaction_contact_id"))
        batch_op.drop_index(batch_op.f("ix_interaction_account_id"))

    op.drop_table("interaction")
    with op.batch_alter_table("influence_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_influence_link_target_id"))
        batch_op.drop_index(batch_op.f("ix_influence_link_source_id"))

    op.drop_table("influence_link")
    with op.batch_alter_table("contact_role", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_role_contact_id"))

    op.drop_table("contact_role")
    with op.batch_alter_table("template_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_template_item_template_id"))

    op.drop_table("template_item")
    with op.batch_alter_table("stage_criterion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_criterion_stage_id"))

    op.drop_table("stage_criterion")
    with op.batch_alter_table("snapshot_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_snapshot_line_snapshot_id"))

    op.drop_table("snapshot_line")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_reports_to_id"))
        batch_op.drop_index(batch_op.f("ix_contact_name"))
        batch_op.drop_index(batch_op.f("ix_contact_account_id"))

    op.drop_table("contact")
    with op.batch_alter_table("trash_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trash_entry_record_uuid"))
        batch_op.drop_index(batch_op.f("ix_trash_entry_deleted_at"))

    op.drop_table("trash_entry")
    op.drop_table("stage")
    op.drop_table("setting")
    op.drop_table("monthly_target")
    op.drop_table("forecast_snapshot")
    op.drop_table("checklist_template")
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_name"))

    op.drop_table("account")
