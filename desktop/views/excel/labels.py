"""Translated names of the import kinds and fields."""

from __future__ import annotations

from desktop.services.messages import QT_TRANSLATE_NOOP, Message
from desktop.views.i18n import translate

KINDS: dict[str, Message] = {
    "accounts": QT_TRANSLATE_NOOP("ImportKind", "Accounts"),
    "contacts": QT_TRANSLATE_NOOP("ImportKind", "People (contacts)"),
    "opportunities": QT_TRANSLATE_NOOP("ImportKind", "Opportunities"),
    "contracts": QT_TRANSLATE_NOOP("ImportKind", "Contracts"),
    "payments": QT_TRANSLATE_NOOP("ImportKind", "Payments"),
}

FIELDS: dict[str, Message] = {
    "id": QT_TRANSLATE_NOOP("ImportField", "Our ID"),
    "account": QT_TRANSLATE_NOOP("ImportField", "Account"),
    "name": QT_TRANSLATE_NOOP("ImportField", "Name"),
    "short_name": QT_TRANSLATE_NOOP("ImportField", "Short name"),
    "industry": QT_TRANSLATE_NOOP("ImportField", "Industry"),
    "region": QT_TRANSLATE_NOOP("ImportField", "Region"),
    "address": QT_TRANSLATE_NOOP("ImportField", "Address"),
    "phone": QT_TRANSLATE_NOOP("ImportField", "Phone"),
    "tax_id": QT_TRANSLATE_NOOP("ImportField", "Unified social credit code"),
    "source_channel": QT_TRANSLATE_NOOP("ImportField", "Source channel"),
    "customer_class": QT_TRANSLATE_NOOP("ImportField", "Customer class"),
    "ownership_type": QT_TRANSLATE_NOOP("ImportField", "Ownership"),
    "industry_stage": QT_TRANSLATE_NOOP("ImportField", "Industry stage"),
    "financial_condition": QT_TRANSLATE_NOOP("ImportField", "Financial condition"),
    "payment_history": QT_TRANSLATE_NOOP("ImportField", "Payment history"),
    "notes": QT_TRANSLATE_NOOP("ImportField", "Notes"),
    "owner": QT_TRANSLATE_NOOP("ImportField", "Owner"),
    "first_name": QT_TRANSLATE_NOOP("ImportField", "First name (joined into the name)"),
    "last_name": QT_TRANSLATE_NOOP("ImportField", "Last name (joined into the name)"),
    "title": QT_TRANSLATE_NOOP("ImportField", "Title"),
    "department": QT_TRANSLATE_NOOP("ImportField", "Department"),
    "organisation": QT_TRANSLATE_NOOP("ImportField", "Organisation"),
    "layer": QT_TRANSLATE_NOOP("ImportField", "Layer"),
    "roles": QT_TRANSLATE_NOOP("ImportField", "Roles"),
    "stance": QT_TRANSLATE_NOOP("ImportField", "Stance"),
    "influence_level": QT_TRANSLATE_NOOP("ImportField", "Influence"),
    "closeness": QT_TRANSLATE_NOOP("ImportField", "Closeness"),
    "trust": QT_TRANSLATE_NOOP("ImportField", "Trust"),
    "personality": QT_TRANSLATE_NOOP("ImportField", "Personality"),
    "reports_to": QT_TRANSLATE_NOOP("ImportField", "Reports to"),
    "influences": QT_TRANSLATE_NOOP("ImportField", "Can influence"),
    "gender": QT_TRANSLATE_NOOP("ImportField", "Gender"),
    "birthday": QT_TRANSLATE_NOOP("ImportField", "Birthday"),
    "birthplace": QT_TRANSLATE_NOOP("ImportField", "Birthplace"),
    "education": QT_TRANSLATE_NOOP("ImportField", "Education"),
    "interests": QT_TRANSLATE_NOOP("ImportField", "Interests"),
    "introduced_by": QT_TRANSLATE_NOOP("ImportField", "Introduced by"),
    "family": QT_TRANSLATE_NOOP("ImportField", "Family"),
    "background": QT_TRANSLATE_NOOP("ImportField", "Background"),
    "mobile": QT_TRANSLATE_NOOP("ImportField", "Mobile"),
    "email": QT_TRANSLATE_NOOP("ImportField", "E-mail"),
    "wechat": QT_TRANSLATE_NOOP("ImportField", "WeChat"),
    "could_be_coach": QT_TRANSLATE_NOOP("ImportField", "Could become our coach"),
    "others_rating": QT_TRANSLATE_NOOP("ImportField", "How others rate them"),
    "amount": QT_TRANSLATE_NOOP("ImportField", "Amount"),
    "expected_decision_date": QT_TRANSLATE_NOOP("ImportField", "Expected decision date"),
    "purchase_date": QT_TRANSLATE_NOOP("ImportField", "Purchase time"),
    "stage": QT_TRANSLATE_NOOP("ImportField", "Stage"),
    "forecast_category": QT_TRANSLATE_NOOP("ImportField", "Forecast category"),
    "probability_override": QT_TRANSLATE_NOOP("ImportField", "Probability"),
    "key_contact": QT_TRANSLATE_NOOP("ImportField", "Key person"),
    "information_source": QT_TRANSLATE_NOOP("ImportField", "Information source"),
    "funding_source": QT_TRANSLATE_NOOP("ImportField", "Funding source"),
    "funding_status": QT_TRANSLATE_NOOP("ImportField", "Funding status"),
    "project_type": QT_TRANSLATE_NOOP("ImportField", "Project type"),
    "project_level": QT_TRANSLATE_NOOP("ImportField", "Project level"),
    "description": QT_TRANSLATE_NOOP("ImportField", "Description"),
    "number": QT_TRANSLATE_NOOP("ImportField", "Contract number"),
    "opportunity": QT_TRANSLATE_NOOP("ImportField", "Opportunity"),
    "signed_on": QT_TRANSLATE_NOOP("ImportField", "Signed on"),
    "currency": QT_TRANSLATE_NOOP("ImportField", "Currency"),
    "warranty_months": QT_TRANSLATE_NOOP("ImportField", "Warranty (months)"),
    "status": QT_TRANSLATE_NOOP("ImportField", "Status"),
    "contract": QT_TRANSLATE_NOOP("ImportField", "Contract number"),
    "received_on": QT_TRANSLATE_NOOP("ImportField", "Received on"),
    "method": QT_TRANSLATE_NOOP("ImportField", "Payment method"),
    "reference": QT_TRANSLATE_NOOP("ImportField", "Reference"),
    "note": QT_TRANSLATE_NOOP("ImportField", "Note"),
}


def kind_label(kind: str) -> str:
    return KINDS[kind].render(translate)


def field_label(kind: str, name: str) -> str:
    if kind == "accounts" and name == "name":
        return FIELDS["account"].render(translate)
    return FIELDS[name].render(translate)
