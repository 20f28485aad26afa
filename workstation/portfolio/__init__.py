"""The portfolio (资产组合): the book as a whole as of any date, for supervisors and
management (officers see their own book). ``snapshot`` is what end of day keeps;
``measures`` the SQL over it; ``service`` the (store, actor, ...) entry points;
``lift`` the single-variable rule lift; ``export`` CSV and XLSX."""
