# Sourced by ./strichka and ./strichka-test: sets JAVA_HOME to a JDK 21 or newer.
# Looks at JAVA_HOME, then `java` on the PATH, then the usual install folders; says what to install when none is found.

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}

is_jdk21() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  major=$(java_major "$1")
  [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null
}

find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && is_jdk21 "$JAVA_HOME"; then return 0; fi
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if is_jdk21 "$candidate"; then JAVA_HOME=$candidate; export JAVA_HOME; return 0; fi
  fi
  for candidate in $(ls -d /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* 2>/dev/null | sort -rV); do
    if is_jdk21 "$candidate"; then JAVA_HOME=$candidate; export JAVA_HOME; return 0; fi
  done
  echo "strichka: no JDK 21 or newer found (JAVA_HOME, PATH, /usr/lib/jvm, ...)." >&2
  echo "  Install one, e.g. 'sudo apt-get install openjdk-21-jdk' or Temurin 21/25 from adoptium.net," >&2
  echo "  or set JAVA_HOME to an installed JDK 21+." >&2
  return 1
}
