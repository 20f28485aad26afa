"""Import every model module so that Base.metadata knows all tables."""
from workstation.store import models  # noqa: F401
from workstation.store import models_audit  # noqa: F401
from workstation.store import models_decide  # noqa: F401
from workstation.store import models_loans  # noqa: F401
from workstation.store import models_documents  # noqa: F401
from workstation.store import models_disburse  # noqa: F401
from workstation.store import models_repayments  # noqa: F401
from workstation.store import models_aftercare  # noqa: F401
from workstation.store import models_orders  # noqa: F401
from workstation.store import models_engine  # noqa: F401
from workstation.store import models_portfolio  # noqa: F401
from workstation.store import models_queue  # noqa: F401
from workstation.store import models_recoveries  # noqa: F401
