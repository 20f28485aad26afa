"""The loan screens: contract, disbursement, tranches, groups, held repayments."""
