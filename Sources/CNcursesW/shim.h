#ifndef JEUGDMONITOR_CNCURSESW_SHIM_H
#define JEUGDMONITOR_CNCURSESW_SHIM_H

/* SwiftPM drops the -D flags pkg-config gives for ncursesw, and without them the
   wide-character API (cchar_t, get_wch, mvadd_wch) is not declared. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <curses.h>

/* Not visible through Glibc's Swift module without _XOPEN_SOURCE. */
extern int wcwidth(wchar_t c);

/* C globals are rejected by Swift 6 strict concurrency; read them through functions. */
static inline WINDOW *jm_stdscr(void) { return stdscr; }
static inline int jm_cols(void) { return COLS; }
static inline int jm_lines(void) { return LINES; }
static inline int jm_colors(void) { return COLORS; }
static inline int jm_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *jm_stdin(void) { return stdin; }
static inline FILE *jm_stdout(void) { return stdout; }

/* Attribute and key macros that do not import into Swift. */
static inline attr_t jm_attr_normal(void) { return A_NORMAL; }
static inline attr_t jm_attr_bold(void) { return A_BOLD; }
static inline attr_t jm_attr_dim(void) { return A_DIM; }
static inline attr_t jm_attr_reverse(void) { return A_REVERSE; }
static inline attr_t jm_attr_underline(void) { return A_UNDERLINE; }
static inline int jm_key_f(int n) { return KEY_F(n); }

/* Mouse masks are computed macros. */
static inline mmask_t jm_mouse_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t jm_mouse_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t jm_mouse_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t jm_mouse_wheel_down(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}

/* True when the current LC_CTYPE encodes UTF-8, which wcwidth and wide ncurses output need. */
static inline bool jm_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/* Restores the terminal when the process is interrupted, terminated, or its terminal
   hangs up, so Ctrl-C, Ctrl-\, `kill` or a closed window never leave the shell in
   cbreak/noecho mode on the alternate screen. endwin also switches mouse reporting off
   and shows the cursor again (ncurses 6: _nc_mouse_wrap and _nc_mvcur_wrap).
   Exit codes follow the shell convention 128 + signal number: 129 SIGHUP, 130 SIGINT,
   131 SIGQUIT, 143 SIGTERM. */
__attribute__((noreturn)) static inline void jm_restore_terminal_and_exit(int signal_number) {
    endwin();
    _exit(128 + signal_number);
}

static const int jm_restore_signals[] = { SIGHUP, SIGINT, SIGQUIT, SIGTERM };
#define JM_RESTORE_SIGNAL_COUNT (sizeof jm_restore_signals / sizeof jm_restore_signals[0])

/* A signal the parent set to be ignored (nohup, a background job) stays ignored.
   One it merely blocked (some test runners and launchers do) is unblocked, or it would
   wait forever while the terminal stays taken over. */
static inline void jm_install_restore_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = jm_restore_terminal_and_exit;
    /* A second signal must not run endwin again halfway through the first. */
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < JM_RESTORE_SIGNAL_COUNT; i++) sigaddset(&action.sa_mask, jm_restore_signals[i]);
    sigset_t caught;
    sigemptyset(&caught);
    for (size_t i = 0; i < JM_RESTORE_SIGNAL_COUNT; i++) {
        struct sigaction previous;
        if (sigaction(jm_restore_signals[i], NULL, &previous) == 0 && previous.sa_handler == SIG_IGN) continue;
        sigaction(jm_restore_signals[i], &action, NULL);
        sigaddset(&caught, jm_restore_signals[i]);
    }
    pthread_sigmask(SIG_UNBLOCK, &caught, NULL);
}

/* Back to the default action (the screen is gone after this); ignored signals stay ignored. */
static inline void jm_remove_restore_handlers(void) {
    for (size_t i = 0; i < JM_RESTORE_SIGNAL_COUNT; i++) {
        struct sigaction current;
        if (sigaction(jm_restore_signals[i], NULL, &current) == 0 && current.sa_handler == SIG_IGN) continue;
        signal(jm_restore_signals[i], SIG_DFL);
    }
}

/* True when the terminal behind `fd` has hung up for good (window closed, ssh dropped):
   reads then return EOF or EIO at once, so waiting for a key would spin. */
#include <poll.h>
static inline bool jm_input_hung_up(int fd) {
    struct pollfd watched = { .fd = fd, .events = POLLIN, .revents = 0 };
    if (poll(&watched, 1, 0) < 0) return false;
    return (watched.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}


/* The terminal's real size from the kernel (ioctl is variadic, so Swift cannot call it).
   Returns 0 on success. */
#include <sys/ioctl.h>
#include <unistd.h>
static inline int jm_terminal_size(int *rows, int *columns) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) return -1;
    *rows = size.ws_row;
    *columns = size.ws_col;
    return 0;
}

#endif
