-- Second factors and recovery codes. Authenticator secrets are sealed (AES-GCM, key id kept
-- beside the value); recovery codes are kept only as keyed hashes.
create table factor (
    id                   uuid         primary key,
    user_id              varchar(64)  not null,
    type                 varchar(16)  not null,
    status               varchar(16)  not null,
    destination          varchar(320),
    secret_key_id        varchar(64),
    secret_nonce         varchar(64),
    secret_ciphertext    varchar(256),
    -- The last time step accepted for an authenticator: an older or equal one is a replay.
    last_accepted_step   bigint,
    sign_in_challenge_id uuid,
    created_at           timestamptz  not null,
    activated_at         timestamptz
);

create index factor_by_user on factor (user_id);

create table recovery_code (
    id         uuid         primary key,
    user_id    varchar(64)  not null,
    code_hash  varchar(64)  not null,
    created_at timestamptz  not null,
    used_at    timestamptz,
    unique (user_id, code_hash)
);

-- One active factor per method and user: a second would have to replace the first, which needs
-- a fresh verification.
create unique index factor_one_active_per_type on factor (user_id, type) where status = 'ACTIVE';
