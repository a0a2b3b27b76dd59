"""Response letters (GDPR Art. 12, 15, 19, 21) in French and English, rendered to PDF.

``context`` builds the frozen :class:`~dsr_desk.letters.context.LetterData` from read models
(letters never open the database), ``wording`` holds the texts and fills their placeholders,
``render`` lays the letter out on A4 for a French DL window envelope (with ``page_layout``,
``styles``, ``story`` and ``page_drawing``).
"""
