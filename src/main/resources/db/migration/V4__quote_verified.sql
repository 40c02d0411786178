-- An admin has checked the quotation's attribution (or that it is no quotation at all).
alter table quotes add column verified boolean not null default false;
