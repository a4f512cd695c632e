@echo off
rem news-archive: the News Archive command line, run by the installed app with --cli
rem (the app's fuses forbid running it as plain Node). Add this folder to your PATH.
"%~dp0..\..\News Archive.exe" --cli -- %*
exit /b %errorlevel%
