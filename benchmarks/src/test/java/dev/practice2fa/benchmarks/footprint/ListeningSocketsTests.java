package dev.practice2fa.benchmarks.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListeningSocketsTests {
    @Test
    void findsThisProcessListeningOnItsOwnPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(ListeningSockets.ofThisMachine().pidListeningOn(socket.getLocalPort()))
                    .hasValue(ProcessHandle.current().pid());
        }
    }

    @Test
    void findsNothingOnAPortNobodyListensOn() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }

        assertThat(ListeningSockets.ofThisMachine().pidListeningOn(port)).isEmpty();
    }

    @Test
    void readsOnlyListeningSocketsOfTheTable() {
        List<String> table = List.of(
                "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
                "   0: 0100007F:1F92 0100007F:C350 01 00000000:00000000 00:00000000 00000000     0        0 111 1",
                "   1: 0100007F:1F92 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 222 1");

        assertThat(ListeningSockets.inodeIn(table, 8082)).hasValue("222");
        assertThat(ListeningSockets.inodeIn(table, 8081)).isEmpty();
    }
}
