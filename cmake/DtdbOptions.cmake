# One interface target carries the language level, warnings and Qt strictness for all our code,
# instead of global add_definitions (see the layering notes in README.md).
add_library(dtdb_options INTERFACE)
add_library(dtdb::options ALIAS dtdb_options)
target_compile_features(dtdb_options INTERFACE cxx_std_20)
set_target_properties(dtdb_options PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)
target_compile_options(dtdb_options INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(dtdb_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_NO_KEYWORDS)
