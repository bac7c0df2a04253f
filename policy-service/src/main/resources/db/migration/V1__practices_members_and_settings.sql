-- Practices, their members and each practice's two-factor setting.
-- One version per practice counts every change (registration, rename, setting change); it is
-- the version the settings API hands out as an ETag and the version events carry.

create table practice (
    id                varchar(64)  primary key,
    name              varchar(200) not null,
    locale            varchar(35)  not null,
    mode              varchar(32)  not null default 'DISABLED'
        check (mode in ('DISABLED', 'ENABLED_OPTIONAL', 'ENABLED_MANDATORY')),
    method_preference varchar(32)  not null default 'OPTIONAL'
        check (method_preference in ('OPTIONAL', 'SMS', 'EMAIL', 'AUTHENTICATOR')),
    version           bigint       not null check (version >= 1),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    updated_by        varchar(64)  not null
);

-- A removed member keeps its row, inactive, so that its version keeps counting up when it is
-- added again: consumers ignore a version older than one they have seen.
create table practice_member (
    id           bigint       generated always as identity primary key,
    practice_id  varchar(64)  not null references practice (id),
    user_id      varchar(64)  not null,
    role         varchar(16)  not null check (role in ('FULL_ACCESS', 'STANDARD')),
    email        varchar(254) not null,
    display_name varchar(200) not null,
    locale       varchar(35)  not null,
    active       boolean      not null,
    version      bigint       not null check (version >= 1),
    updated_at   timestamptz  not null,
    unique (practice_id, user_id)
);

-- The audit history of setting changes. The unique version per practice is a second guard,
-- beside the conditional update, against two changes built on the same version.
create table setting_change (
    id                         bigint      generated always as identity primary key,
    practice_id                varchar(64) not null references practice (id),
    version                    bigint      not null,
    changed_by                 varchar(64) not null,
    changed_at                 timestamptz not null,
    previous_mode              varchar(32) not null,
    previous_method_preference varchar(32) not null,
    mode                       varchar(32) not null,
    method_preference          varchar(32) not null,
    unique (practice_id, version)
);
