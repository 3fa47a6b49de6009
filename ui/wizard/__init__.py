"""The enrolment wizard: UBN, identity, authorisations, forms, account, self-assessment."""
