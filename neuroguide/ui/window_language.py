"""A window in the person's language: the language applied as the window is filled in, and a language
chosen in Settings shown at once, every page and dialog built again in the new words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from neuroguide.core.content_words import library_in, shown
from neuroguide.ui.kit.language import apply_language, choose_for_this_run, untranslated_notice
from neuroguide.ui.kit.temperatures import use_unit

if TYPE_CHECKING:
    from neuroguide.core.library import Library
    from neuroguide.ui.main_window import MainWindow


def use_language(window: MainWindow, library: Library) -> str:
    """The settings' language applied, and the window's library in it; why it could not be, or ''."""
    language = apply_language(window.settings.text("language"))
    window.setLocale(QLocale())  # a widget keeps the locale it was made with; its pages take this one
    use_unit(window.settings.text("temperature_unit"))
    window.english_library = library  # as written: the library in another language is made from it
    window.library = library_in(shown(), library)
    return language.problem


def language_changed(window: MainWindow) -> None:
    """Settings open again where they were, over pages built again, all in the new words."""
    choose_for_this_run("")  # the person's own choice now, over the command line's
    problem = use_language(window, window.english_library)
    window.suggestions.library = window.library
    if window.reminders is not None:
        window.reminders.library = window.library
        if window.reminders.tray is not None:
            window.reminders.fill_menu()
    dialog = window.settings_dialog
    settings_open = dialog is not None and dialog.isVisible()
    if dialog is not None:
        dialog.close()
    build_pages_again(window)
    if window.welcome is not None:  # a language chosen on the welcome: it is shown again in its words
        welcome_again(window)
    elif window.isVisible():
        window.show_library()
    if settings_open:
        window.open_settings("language")
    tell_about_language(window, problem)


def welcome_again(window: MainWindow) -> None:
    """The welcome built again in the new words, the focus on the language the person chose."""
    from neuroguide.ui.pages.welcome import WelcomePage

    old = window.welcome
    assert old is not None
    window.pages.removeWidget(old)
    old.deleteLater()
    window.welcome = None
    window.show_welcome()
    welcome = window.pages.currentWidget()
    chosen = welcome.language_buttons.get(shown().language) if isinstance(welcome, WelcomePage) else None
    if chosen is not None:
        chosen.setFocus()  # where the person was


def build_pages_again(window: MainWindow) -> None:
    """Let go of every page built in the old words; each is built again when next shown."""
    window.end_session()
    for page in window.take_built_pages():
        window.pages.removeWidget(page)
        page.deleteLater()
    if window.history is not None:
        window.history.let_go_of_page()


def tell_about_language(window: MainWindow, problem: str) -> None:
    """Why the chosen language is not shown, or, once a run, that some of its words are missing."""
    notice = problem or untranslated_notice()
    if notice:
        window.notify(notice)
