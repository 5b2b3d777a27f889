"""Which recorded fields are personal data of client staff (docs/personal-data.md): exports
for others leave them out unless the user asks for them."""

from __future__ import annotations

# table -> its personal columns: the key-person form's "Personal details (sensitive)" and
# "Character" groups, how others rate the person, and their WeChat.
PERSONAL_COLUMNS: dict[str, tuple[str, ...]] = {
    "contact": (
        "personality",
        "temperament",
        "outlook",
        "eloquence",
        "others_rating",
        "gender",
        "birthday",
        "age",
        "birthplace",
        "education",
        "interests",
        "introduced_by",
        "family",
        "background",
        "wechat",
    ),
}
