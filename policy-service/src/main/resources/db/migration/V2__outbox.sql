-- Events written in the same transaction as the change they describe; a relay publishes them
-- to Kafka in id order and marks each published once the broker has acknowledged it.
create table outbox_message (
    id           bigint       generated always as identity primary key,
    topic        varchar(249) not null,
    message_key  varchar(200) not null,
    payload      text         not null,
    created_at   timestamptz  not null,
    published_at timestamptz
);

create index outbox_message_pending on outbox_message (id) where published_at is null;
create index outbox_message_published on outbox_message (published_at) where published_at is not null;
