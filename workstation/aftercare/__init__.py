"""After the loan (贷后): monitoring data, warning rules, the warnings desk and early
recall. Same conventions as ``workstation.services``: every public function takes
``(store, actor, ...)``, re-checks the actor, applies the visibility rule and audits."""
