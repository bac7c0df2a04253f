-- The challenge service's own view of each practice's setting and each membership, rebuilt from
-- the compacted topics of the policy service. A row changes only for a newer version.
create table practice_setting (
    practice_id       varchar(64)  primary key,
    practice_name     varchar(200),
    locale            varchar(35),
    mode              varchar(32)  not null,
    method_preference varchar(32)  not null,
    version           bigint       not null,
    updated_at        timestamptz  not null
);

create table membership (
    practice_id  varchar(64)  not null,
    user_id      varchar(64)  not null,
    role         varchar(32),
    active       boolean      not null,
    email        varchar(320),
    display_name varchar(200),
    locale       varchar(35),
    version      bigint       not null,
    updated_at   timestamptz  not null,
    primary key (practice_id, user_id)
);

create index membership_by_user on membership (user_id);
