#ifndef JEUGDMONITOR_CNCURSESW_SHIM_H
#define JEUGDMONITOR_CNCURSESW_SHIM_H

/* SwiftPM drops the -D flags pkg-config gives for ncursesw, and without them the
   wide-character API (cchar_t, get_wch, mvadd_wch) is not declared. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
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

/* Restores the terminal when the process is interrupted or terminated, so a Ctrl-C or
   `kill` never leaves the shell in cbreak/noecho mode. Exit codes follow the shell
   convention 128 + signal number (130 for SIGINT, 143 for SIGTERM). */
static inline void jm_restore_terminal_and_exit(int signal_number) {
    endwin();
    _exit(128 + signal_number);
}

static inline void jm_install_restore_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = jm_restore_terminal_and_exit;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
}

static inline void jm_remove_restore_handlers(void) {
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
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
