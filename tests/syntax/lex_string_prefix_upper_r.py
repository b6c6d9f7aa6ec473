x = R"a"
