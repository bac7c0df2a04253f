package dev.practice2fa.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the services' login role and one database per service on a fresh local PostgreSQL,
 * and leaves existing ones alone so that data survives a restart of the stack.
 *
 * <p>Command line: {@code PostgresDatabases PORT ROLE PASSWORD DATABASE...}.
 */
public final class PostgresDatabases {
    private PostgresDatabases() {
    }

    public static void main(String[] args) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + args[0] + "/postgres";
        String role = args[1];
        String password = args[2];
        try (Connection admin = DriverManager.getConnection(url, "postgres", "")) {
            if (!exists(admin, "select 1 from pg_roles where rolname = ?", role)) {
                try (Statement statement = admin.createStatement()) {
                    statement.execute("create role \"" + role + "\" login password '" + password + "'");
                }
            }
            for (int i = 3; i < args.length; i++) {
                if (!exists(admin, "select 1 from pg_database where datname = ?", args[i])) {
                    try (Statement statement = admin.createStatement()) {
                        statement.execute("create database \"" + args[i] + "\" owner \"" + role + "\"");
                    }
                }
            }
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }
}
