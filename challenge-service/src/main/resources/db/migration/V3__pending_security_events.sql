-- Security events wait here until Kafka has taken them, so that none is lost while the broker
-- is out of reach or the service restarts. A relay publishes them in order and deletes them.
create table pending_security_event (
    id          uuid         primary key,
    record_key  varchar(64)  not null,
    payload     text         not null,
    created_at  timestamptz  not null,
    sequence    bigserial    not null
);

create index pending_security_event_in_order on pending_security_event (sequence);
