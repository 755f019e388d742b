// Dapper.AOT writes each Dapper call's command and row reader at build time (interceptors), so the conversion of the
// earlier SQLite files runs in the Native AOT build, where Dapper cannot emit IL at run time. Tuples bind by
// position, as plain Dapper binds them.
[module: Dapper.DapperAot]
[module: Dapper.BindTupleByName(false)]
