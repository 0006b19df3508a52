import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    'atf-menu-admin-modules': {
                        table: 'sys_atf_step'
                        id: '3ab671a921a94e8aafd40d6ca87d2461'
                    }
                    'atf-menu-auditor-modules': {
                        table: 'sys_atf_step'
                        id: 'f3f648aa6e224679acdea52e5e5e626b'
                    }
                    'atf-menu-create-admin': {
                        table: 'sys_atf_step'
                        id: '0ea6c8bd67f44923831bb1453247d01f'
                    }
                    'atf-menu-create-auditor': {
                        table: 'sys_atf_step'
                        id: '0beb71f1402044c99c4b53a84ce746d2'
                    }
                    'atf-menu-create-owner': {
                        table: 'sys_atf_step'
                        id: 'b2eb7c679ddd45ab98fac1afde69997f'
                    }
                    'atf-menu-impersonate-admin': {
                        table: 'sys_atf_step'
                        id: 'c1c0d27fbb0b49e1a4255558eaf0b2f7'
                    }
                    'atf-menu-impersonate-auditor': {
                        table: 'sys_atf_step'
                        id: 'eb50dc8eac2b44958e5344813a7e719b'
                    }
                    'atf-menu-impersonate-owner': {
                        table: 'sys_atf_step'
                        id: '22bbdd502df4440c8ebd78eb5f8541db'
                    }
                    'atf-menu-owner-modules': {
                        table: 'sys_atf_step'
                        id: '42aeb168c4da4df8b911875a832bda11'
                    }
                    'atf-readiness-check': {
                        table: 'sys_atf_test'
                        id: '43360278b5f14ad69118558fe7b497d3'
                    }
                    'atf-readiness-check-run': {
                        table: 'sys_atf_step'
                        id: '7f55a524765c4a13b6b45fcd3b69078d'
                    }
                    'atf-readiness-menu-visibility': {
                        table: 'sys_atf_test'
                        id: '8f268948611f4075bdfa38b8dcc5ccb0'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: 'cea468057987487887428b427ec3768d'
                    }
                    'module-administration-separator': {
                        table: 'sys_app_module'
                        id: '36d03cab591842c6b35a044145534243'
                    }
                    'module-all-service-accounts': {
                        table: 'sys_app_module'
                        id: '2ec162f889f84dc6892549d23dfb7fb0'
                    }
                    'module-api-only': {
                        table: 'sys_app_module'
                        id: 'd4c55d079f76448b81598e4b9b9da5fd'
                    }
                    'module-due-for-lock-down': {
                        table: 'sys_app_module'
                        id: 'd63eb74483974240b3d27622054fb42c'
                    }
                    'module-exploring': {
                        table: 'sys_app_module'
                        id: '2dfa4a76cb5c46ed8cf48d5999d25cba'
                    }
                    'module-my-service-accounts': {
                        table: 'sys_app_module'
                        id: '0327dd8cf834476588d89f71cc0b22d2'
                    }
                    'module-properties': {
                        table: 'sys_app_module'
                        id: 'a59c19d0978549198f8fdda9b1b6a009'
                    }
                    'module-readiness-check': {
                        table: 'sys_app_module'
                        id: '919b6a67a14742e4a9566df40c833e7f'
                    }
                    'module-requests': {
                        table: 'sys_app_module'
                        id: '2c52d7687b014a37b54656cd4e16fb46'
                    }
                    'module-retired': {
                        table: 'sys_app_module'
                        id: '37a771ab8ebd45f59ebcd56dba501d7d'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '57b582eb1007414d8389039499192647'
                    }
                    'properties-category': {
                        table: 'sys_properties_category'
                        id: 'a115838281e24ab4ba04c4434024500e'
                    }
                    'properties-category-approval-due-days': {
                        table: 'sys_properties_category_m2m'
                        id: '676728c2be7747d4aff4f5570fb71859'
                    }
                    'properties-category-approval-fallback-group': {
                        table: 'sys_properties_category_m2m'
                        id: '4cc5c22c27ea430189eb4a4b3c1f62b8'
                    }
                    'properties-category-credential-task-group': {
                        table: 'sys_properties_category_m2m'
                        id: '576b3b7540914c83baba1f05604e9161'
                    }
                    'properties-category-group': {
                        table: 'sys_properties_category_m2m'
                        id: '501d7d5002f94590a5214009a62e5b73'
                    }
                    'properties-category-group-roles': {
                        table: 'sys_properties_category_m2m'
                        id: 'f92470670ab743518693249684015368'
                    }
                    'properties-category-gui-window-days': {
                        table: 'sys_properties_category_m2m'
                        id: 'fb9a5de8797249278b250ab33924ca86'
                    }
                    'properties-category-lockdown-batch-size': {
                        table: 'sys_properties_category_m2m'
                        id: '26ab91234a51436ca51f6c9ca8893b96'
                    }
                    'properties-category-reminder-days': {
                        table: 'sys_properties_category_m2m'
                        id: 'c3180ed090df4bb9a831452f47855901'
                    }
                    'properties-category-user-id-max-length': {
                        table: 'sys_properties_category_m2m'
                        id: 'afe123d814ba4e84acb8c7f6f75c9cc9'
                    }
                    'properties-category-user-id-prefix': {
                        table: 'sys_properties_category_m2m'
                        id: '2ff834b1519d492cbd98bd3317873f0b'
                    }
                    'properties-category-user-id-reserved-names': {
                        table: 'sys_properties_category_m2m'
                        id: '308b1ed0ad7e4bdb87c425bcab7d8b33'
                    }
                    'property-approval-due-days': {
                        table: 'sys_properties'
                        id: '40466d245fe7439ab0175654410d1563'
                    }
                    'property-approval-fallback-group': {
                        table: 'sys_properties'
                        id: '70b8955e01df46b8a205f5491ccc9798'
                    }
                    'property-credential-task-group': {
                        table: 'sys_properties'
                        id: '71688e9b92e14d07b5b79d09d183fb14'
                    }
                    'property-group': {
                        table: 'sys_properties'
                        id: '6644bc8672b54501b58b0a2e29e284d7'
                    }
                    'property-group-roles': {
                        table: 'sys_properties'
                        id: 'e0935388e5754cbc9ce00db3927d3e0a'
                    }
                    'property-gui-window-days': {
                        table: 'sys_properties'
                        id: 'a8d639cda0f2486a98d50701d930a908'
                    }
                    'property-lockdown-batch-size': {
                        table: 'sys_properties'
                        id: '2a8bcc63da9548a1960087875bf46f6b'
                    }
                    'property-reminder-days': {
                        table: 'sys_properties'
                        id: 'f959982a68254b69a145f2686ed3870d'
                    }
                    'property-user-id-max-length': {
                        table: 'sys_properties'
                        id: 'd89a7d55af254f5899700a7a51590f65'
                    }
                    'property-user-id-prefix': {
                        table: 'sys_properties'
                        id: '02ea418fc2a840f1b3d4a1c161f3f5a4'
                    }
                    'property-user-id-reserved-names': {
                        table: 'sys_properties'
                        id: '5ad8ce5401e54017b10ed2a58e5e6709'
                    }
                    'readiness-check-ajax-acl': {
                        table: 'sys_security_acl'
                        id: '5889fdf47ab24bd5813be0b50da3d308'
                    }
                    'readiness-check-ajax-si': {
                        table: 'sys_script_include'
                        id: '2d9ed3a7deab4dfca6d821d13bdc0eb0'
                    }
                    'request-service-account-item': {
                        table: 'sc_cat_item'
                        id: 'e1f357274cdb4466b21165c67e64108f'
                    }
                    'service-account-admin-group': {
                        table: 'sys_user_group'
                        id: '363f18415e5a490ca4debd62109a8237'
                    }
                    'service-account-approvals-relationship': {
                        table: 'sys_relationship'
                        id: '7e7ef69c394c44bf9c154b3befb15e8c'
                    }
                    'service-account-approver-group': {
                        table: 'sys_user_group'
                        id: 'd9d2c7f125814fbb9ad4056554ef9d8c'
                    }
                    'service-account-create-acl': {
                        table: 'sys_security_acl'
                        id: 'ebd8b81d6d7b4ea19b93fa6793c8e7bb'
                    }
                    'service-account-delete-acl': {
                        table: 'sys_security_acl'
                        id: '134d480750d8472dba4558d710591e95'
                    }
                    'service-account-form-lock-down-note': {
                        table: 'sys_ui_annotation'
                        id: 'f2477c4b53f84e8087610a6a0ac0e292'
                    }
                    'service-account-group': {
                        table: 'sys_user_group'
                        id: '211553d3b22342c697735afdda92c07d'
                    }
                    'service-account-group-itil': {
                        table: 'sys_group_has_role'
                        id: 'f74c7d7572154c20ba0239fe1876b59c'
                    }
                    'service-account-journal-relationship': {
                        table: 'sys_relationship'
                        id: '612fd0db1dce47b893763ffdb158ca12'
                    }
                    'service-account-read-acl': {
                        table: 'sys_security_acl'
                        id: 'af3e0de16cc24602817ab39aa824272a'
                    }
                    'service-account-read-own-acl': {
                        table: 'sys_security_acl'
                        id: 'c5e0969b00d5428ea46a9ffab62cbd08'
                    }
                    'service-account-related-list-approvals': {
                        table: 'sys_ui_related_list_entry'
                        id: '9eb34164cd8d4f2da9dc27b3f72f93c6'
                    }
                    'service-account-related-list-journal': {
                        table: 'sys_ui_related_list_entry'
                        id: '77a8edc5e0634f65aa43b6a16bb4722c'
                    }
                    'service-account-related-list-request-item': {
                        table: 'sys_ui_related_list_entry'
                        id: '4336e09bc8e143b9a1aea3314cfd4107'
                    }
                    'service-account-related-lists': {
                        table: 'sys_ui_related_list'
                        id: '0101b005e7d347b7b34257e73fde6e37'
                    }
                    'service-account-request-item-relationship': {
                        table: 'sys_relationship'
                        id: 'ecc0d77544544ced9f3026797cfacba6'
                    }
                    'service-account-write-acl': {
                        table: 'sys_security_acl'
                        id: '2d6ce315332c453e93995dcc17bb464f'
                    }
                    'service-accounts-menu': {
                        table: 'sys_app_application'
                        id: '636d4e35c58340a1af20622e2d9716ca'
                    }
                    'src_server_approval_approver-choice_ts': {
                        table: 'sys_module'
                        id: '6208e5d6a6424dad91f7bbc00aa25fae'
                    }
                    'src_server_catalog_request-variables_ts': {
                        table: 'sys_module'
                        id: '689c0f9180cb4213bf131eb4e3b24800'
                    }
                    src_server_config_properties_ts: {
                        table: 'sys_module'
                        id: 'a7a73166d49942869cbe991589d5b0b2'
                    }
                    'src_server_naming_user-id-rules_ts': {
                        table: 'sys_module'
                        id: '9c72060f8c55402ca1267cf29f02513f'
                    }
                    'src_server_readiness_readiness-check_ts': {
                        table: 'sys_module'
                        id: '0b4ca7b17f034a5482a8f5ee5a10f82f'
                    }
                    'src_server_readiness_readiness-checks_ts': {
                        table: 'sys_module'
                        id: '164d5fffa4434fd1b7d3a43aeeff4219'
                    }
                }
                composite: [
                    {
                        table: 'sys_ui_element'
                        id: '012fb8e894e5497e85ebb20c0cf62f44'
                        key: {
                            sys_ui_section: {
                                id: '2db807b1a8d54eb695d4d178521223d1'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Lock-down'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'locked_down_on'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0294f0013f63499093d43460ea28bc6a'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                            value: 'retired'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '034a6ffe09a544a6a6f7f24a453181c2'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'consuming_system'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: '03797df0e89c4bc185adacb090546f3c'
                        key: {
                            endpoint: 'x_seed_svcacct_readiness_check.do'
                        }
                    },
                    {
                        table: 'sc_cat_item_catalog'
                        id: '0383da12cab44cfaa5dc7deecd09da41'
                        key: {
                            sc_cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            sc_catalog: 'e0d08b13c3330100c8b837659bba8fb4'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '053d069f262b48f6b28965dac2b61295'
                        key: {
                            list_id: {
                                id: '984721deaf72489db7c9509399fda307'
                                key: {
                                    name: 'sc_req_item'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'ecc0d77544544ced9f3026797cfacba6'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'opened_by'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0d10b5073dc744fc8efb3c5607ab4710'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'reminder_sent_on'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0e919fd68d414e22b3b7a64c7b80cdc0'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                            value: 'admin'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0f24e9a4fe604d6298eef38598bcd58a'
                        key: {
                            sys_security_acl: 'ebd8b81d6d7b4ea19b93fa6793c8e7bb'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1024b1c4dd614a6ab6b53c426075aa1e'
                        key: {
                            document_key: 'f3f648aa6e224679acdea52e5e5e626b'
                            variable: '4a3319d73702030064a52f3c8e41f1a9'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '120b499ca0974871815ff818fd8e6834'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'purpose'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1223ded909194f4eb0ede236a28b1ade'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                            value: 'window_expired'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '13b6ad8293fa439a979292358c2ba37b'
                        key: {
                            sys_ui_section: {
                                id: '2db807b1a8d54eb695d4d178521223d1'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Lock-down'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'reminder_sent_on'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '14c200c6d92648609733bbd1e3070f4f'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                            value: 'api_only'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '15578c706ae84793a4aeb2db5f890d1d'
                        key: {
                            document_key: 'b2eb7c679ddd45ab98fac1afde69997f'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '177944d87fd4463dbe15c4b5ed81f703'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'account'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '1a13a6f7cab648358bf76f2028bf0abe'
                        key: {
                            sys_ui_form: {
                                id: 'ea5d3ebbd4714ef9b576ba64321de7e5'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'a7e423b33d66466ea1420ed1088adf12'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Activity'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1a56ee4e0b3e4ee08e8a62afe2ff9138'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'gui_access_until'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '1c658e242df348f3a227a1ac3acc84f9'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '228b63c72c0b4e86901c5a718ead4781'
                        key: {
                            document_key: '0ea6c8bd67f44923831bb1453247d01f'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2415690b60314094bb07d450720106ca'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'locked_down_by'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '250b41835c29401c8941928c75496a01'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'user_name'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2536bc67a1f24a0a804703b81eb76bc7'
                        key: {
                            sys_ui_section: {
                                id: '2db807b1a8d54eb695d4d178521223d1'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Lock-down'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'lockdown_method'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '267c4e79e8bf4ee8bbd9143a11a337cd'
                        key: {
                            name: 'x_seed_svcacct.auditor'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '26957241424e4e318f1d3addfdff7a85'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'user_name'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2aea343d379d45c89e18c15e340b50eb'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'user_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2bb9c8b8ef744771a876ea9fc929095b'
                        key: {
                            document_key: 'b2eb7c679ddd45ab98fac1afde69997f'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '2db807b1a8d54eb695d4d178521223d1'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            caption: 'Lock-down'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '303ca25665124a10b6c40c297bbfb6e4'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '30f664a8085b4e48b342b390a910c89a'
                        key: {
                            sys_ui_section: {
                                id: '2db807b1a8d54eb695d4d178521223d1'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Lock-down'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'f2477c4b53f84e8087610a6a0ac0e292'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '36fd4002dd8a460ab2696b88e82a068c'
                        key: {
                            list_id: {
                                id: 'ddc36d7118ac4fcd9c36a14d35f70143'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3870df7d4abf4f4bb5aea7cc59e1a52d'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'request_item'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '38df2c00837c4f63b139068112aa2002'
                        key: {
                            sys_ui_section: {
                                id: '2db807b1a8d54eb695d4d178521223d1'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Lock-down'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3cdd44d861e6446193b9ece4afe1e530'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'audit_trail'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '41fc54d5d5e040b9a194c3cfbe2ee90f'
                        key: {
                            list_id: {
                                id: '4e023dfeb53d47a6bed5f03856fa9629'
                                key: {
                                    name: 'sysapproval_approver'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: '7e7ef69c394c44bf9c154b3befb15e8c'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'due_date'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '436b9bfc7859464991871ed34de0c9f2'
                        key: {
                            document_key: '0ea6c8bd67f44923831bb1453247d01f'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '465c6d7aa857424fb88712dc6d93b339'
                        key: {
                            sys_security_acl: '134d480750d8472dba4558d710591e95'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4a0ffd3dbe6444f587e5a7afb0cfbe07'
                        key: {
                            document_key: '0ea6c8bd67f44923831bb1453247d01f'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4c6152c0b21d4616858640323e48ca8e'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'c1c0d27fbb0b49e1a4255558eaf0b2f7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c62d71a2c4e403184eb30efcdbf235f'
                        key: {
                            document_key: '7f55a524765c4a13b6b45fcd3b69078d'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '4e023dfeb53d47a6bed5f03856fa9629'
                        key: {
                            name: 'sysapproval_approver'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: '7e7ef69c394c44bf9c154b3befb15e8c'
                            parent: 'x_seed_svcacct_service_account'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4e751841e1504c169391b80a24d7ea4d'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '50a8fccc57e3491fb9c89cbead53fdd6'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                            value: 'exploring'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '50faffaaa492494cad0ae03964f1073f'
                        key: {
                            list_id: {
                                id: 'ddc36d7118ac4fcd9c36a14d35f70143'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'user_name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '52ae1d5e67d9437bb62460a80004beb8'
                        key: {
                            document_key: '0beb71f1402044c99c4b53a84ce746d2'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '52f963cf433243be89c9e2e3db7a1f0e'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                            value: 'owner_confirmed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '543c59bafb96410b88886bd4781717b4'
                        key: {
                            sys_security_acl: '5889fdf47ab24bd5813be0b50da3d308'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '554839c3e0864ac2a4a22858b81d535f'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'account'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '55a5bdbb5b614bb8b48ed7d2de5b432c'
                        key: {
                            document_key: 'b2eb7c679ddd45ab98fac1afde69997f'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '584838c1e46a4164a4b796d112746945'
                        key: {
                            document_key: '42aeb168c4da4df8b911875a832bda11'
                            variable: '8570e0e33756030064a52f3c8e41f16c'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '59e63cfda72e48beb47adb5ce3f30073'
                        key: {
                            list_id: {
                                id: 'ddc36d7118ac4fcd9c36a14d35f70143'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'locked_down_on'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '5a490fc2537d43b4a1a6ec6eaa347372'
                        key: {
                            sys_ui_form: {
                                id: 'ea5d3ebbd4714ef9b576ba64321de7e5'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '2db807b1a8d54eb695d4d178521223d1'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Lock-down'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5a615cc218ae47269521cfe0c948a986'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5c2479e9b10c448799c3ac94c3e338c0'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'purpose'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5c5c59926535480fa5442694a5ca1e97'
                        key: {
                            document_key: '0beb71f1402044c99c4b53a84ce746d2'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5cb7f2cc747f4e9b93b9aca94024b167'
                        key: {
                            list_id: {
                                id: 'ddc36d7118ac4fcd9c36a14d35f70143'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'account'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5d2e9f5faca349a8a0f508235ca65586'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'request_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5f0c26c8b0734b1abad51789633b59e9'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'request_item'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '626a621e6dcd4f92bda3d9b104f21f02'
                        key: {
                            document_key: '7f55a524765c4a13b6b45fcd3b69078d'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '655f4a4c43e64fd1b0f0f96cae2b3cb9'
                        key: {
                            document_key: '22bbdd502df4440c8ebd78eb5f8541db'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '661299a680ab4942b1f46ae29b761cf8'
                        key: {
                            document_key: '0beb71f1402044c99c4b53a84ce746d2'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6baf4bc13bca4661b5162c92b620b5a8'
                        key: {
                            list_id: {
                                id: 'ddc36d7118ac4fcd9c36a14d35f70143'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'request_item'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6be6a6cd64b2436a84013b5422371dc6'
                        key: {
                            document_key: '0ea6c8bd67f44923831bb1453247d01f'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '6d8ab28e8e994c73848ff7c0572c2197'
                        key: {
                            name: 'sys_journal_field'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: '612fd0db1dce47b893763ffdb158ca12'
                            parent: 'x_seed_svcacct_service_account'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f16f26f8313495ca98b9508cc095eb3'
                        key: {
                            document_key: 'f3f648aa6e224679acdea52e5e5e626b'
                            variable: 'b4e438ae73322010ac1560bdfaf6a7a2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6fc5ed850bb74c118a6bd91abb408773'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'owner'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '70b01c5ff1904d318211f349eea6f49d'
                        key: {
                            sys_security_acl: '2d6ce315332c453e93995dcc17bb464f'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '719a2ca7434c4999abf6a78e1e8d3471'
                        key: {
                            document_key: 'b2eb7c679ddd45ab98fac1afde69997f'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '73d0f14b2a644910b1403029fb783250'
                        key: {
                            list_id: {
                                id: '6d8ab28e8e994c73848ff7c0572c2197'
                                key: {
                                    name: 'sys_journal_field'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: '612fd0db1dce47b893763ffdb158ca12'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'sys_created_on'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7474986f0fdb4f3089f677811c500c72'
                        key: {
                            list_id: {
                                id: '6d8ab28e8e994c73848ff7c0572c2197'
                                key: {
                                    name: 'sys_journal_field'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: '612fd0db1dce47b893763ffdb158ca12'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'sys_created_by'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7749a3430c64427ab21c2d31ca8be219'
                        key: {
                            document_key: 'f3f648aa6e224679acdea52e5e5e626b'
                            variable: '932d14a33756030064a52f3c8e41f120'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78d63f4a053f438b93f63481d3f05108'
                        key: {
                            document_key: 'b2eb7c679ddd45ab98fac1afde69997f'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78f0bbe26a6a4613a2abe1447193fc9d'
                        key: {
                            document_key: '0beb71f1402044c99c4b53a84ce746d2'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '794e791718274724872a3332f9162c31'
                        key: {
                            document_key: 'b2eb7c679ddd45ab98fac1afde69997f'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7959e08865e945c7b872bed99964c13c'
                        key: {
                            list_id: {
                                id: '6d8ab28e8e994c73848ff7c0572c2197'
                                key: {
                                    name: 'sys_journal_field'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: '612fd0db1dce47b893763ffdb158ca12'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'value'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '79a2b39a195a42f9bf6c8e2eac34215c'
                        key: {
                            list_id: {
                                id: '6d8ab28e8e994c73848ff7c0572c2197'
                                key: {
                                    name: 'sys_journal_field'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: '612fd0db1dce47b893763ffdb158ca12'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'element'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7a06aed317394d0791963ce7ddefadfa'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'purpose'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7bec9c8760984def9c14c1d4a397b18d'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d3fbd969e1f4e2ea7beea0c232d0be3'
                        key: {
                            document_key: '3ab671a921a94e8aafd40d6ca87d2461'
                            variable: '8570e0e33756030064a52f3c8e41f16c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7ee33ec0b3c348ebb4c7a315a2e2ee17'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'owner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7fe0ab106f474956a974b82d5870d2b5'
                        key: {
                            document_key: '42aeb168c4da4df8b911875a832bda11'
                            variable: '4a3319d73702030064a52f3c8e41f1a9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '806a15ff775441cda41e5a1e0b23178d'
                        key: {
                            document_key: 'f3f648aa6e224679acdea52e5e5e626b'
                            variable: '90749dd73702030064a52f3c8e41f12d'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '80a841fb65f34f12a4a23ade71266021'
                        key: {
                            list_id: {
                                id: 'ddc36d7118ac4fcd9c36a14d35f70143'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'owner'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '816a0fe3f1d6453e8b099bc27ae1b3b2'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8241427c21914962a3b7f3c46bdc78f4'
                        key: {
                            sys_ui_section: {
                                id: '2db807b1a8d54eb695d4d178521223d1'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Lock-down'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8d32529f8a30427ca7a8221d523a0bad'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'audit_trail'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8f3ecffccd264841894282b48fc36961'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '94757655c510454fb5c9270041e4d942'
                        key: {
                            document_key: 'c1c0d27fbb0b49e1a4255558eaf0b2f7'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '96640ef541434ec5b0b323e375b7da91'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'locked_down_on'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '979b1aac49d64363be6efe932360deb0'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'gui_access_until'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '984721deaf72489db7c9509399fda307'
                        key: {
                            name: 'sc_req_item'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'ecc0d77544544ced9f3026797cfacba6'
                            parent: 'x_seed_svcacct_service_account'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '9990d8e0a2394b599ee83161b51b7093'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9e63e7bb9b654dab97107eec08bce308'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9f33f4ac79364f668b86650fbc76c27b'
                        key: {
                            list_id: {
                                id: '4e023dfeb53d47a6bed5f03856fa9629'
                                key: {
                                    name: 'sysapproval_approver'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: '7e7ef69c394c44bf9c154b3befb15e8c'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a410a88a4de544e6801007b2d8408378'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'reminder_sent_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a53694b22e6d430a80e7d73f3b3fc69e'
                        key: {
                            document_key: '42aeb168c4da4df8b911875a832bda11'
                            variable: 'b4e438ae73322010ac1560bdfaf6a7a2'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'a7e423b33d66466ea1420ed1088adf12'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            caption: 'Activity'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aaffde5e325245c0add48af608f2c996'
                        key: {
                            document_key: '0beb71f1402044c99c4b53a84ce746d2'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ac07f579a3de49ae89227f3e8cc713fd'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'eb50dc8eac2b44958e5344813a7e719b'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'afeb8140d84f4e2ca657b89945567bf9'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b016bccb84104b01be2621fd0c4336ca'
                        key: {
                            document_key: 'b2eb7c679ddd45ab98fac1afde69997f'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b58169f298c94db9972162346169f830'
                        key: {
                            document_key: '3ab671a921a94e8aafd40d6ca87d2461'
                            variable: '932d14a33756030064a52f3c8e41f120'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'b7979ffd19454968abedf4486e2fae10'
                        key: {
                            name: 'x_seed_svcacct.admin'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b7ae63cb3a4d45d384aa617bf251f195'
                        key: {
                            document_key: '3ab671a921a94e8aafd40d6ca87d2461'
                            variable: '90749dd73702030064a52f3c8e41f12d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b935ff3eba364b9cb65a22b92016e1d1'
                        key: {
                            document_key: '3ab671a921a94e8aafd40d6ca87d2461'
                            variable: 'b4e438ae73322010ac1560bdfaf6a7a2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bb9b9335e8bc4975b34fffe28e42b2d7'
                        key: {
                            sys_ui_section: {
                                id: '2db807b1a8d54eb695d4d178521223d1'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Lock-down'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bc6c7e230f444f4582c3cd2c4daab00c'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '22bbdd502df4440c8ebd78eb5f8541db'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bc7de9711bf84debae33a7ce9a786fb0'
                        key: {
                            list_id: {
                                id: '4e023dfeb53d47a6bed5f03856fa9629'
                                key: {
                                    name: 'sysapproval_approver'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: '7e7ef69c394c44bf9c154b3befb15e8c'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bd17327b66214575bf0a7bcef0898c69'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bd24b619fddc4c78853c1d1b119acd87'
                        key: {
                            list_id: {
                                id: 'ddc36d7118ac4fcd9c36a14d35f70143'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'consuming_system'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c24c3c122f0845f5ae601986e1248fcf'
                        key: {
                            document_key: 'f3f648aa6e224679acdea52e5e5e626b'
                            variable: '8570e0e33756030064a52f3c8e41f16c'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c2697ef0024542789f01249b6e41e6ce'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'account'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c4173bf35b3948789fb09e3c563b05ba'
                        key: {
                            sys_security_acl: 'af3e0de16cc24602817ab39aa824272a'
                            sys_user_role: {
                                id: '267c4e79e8bf4ee8bbd9143a11a337cd'
                                key: {
                                    name: 'x_seed_svcacct.auditor'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: 'c4336c81f8c14b67b3fed9f4db0bfd75'
                        key: {
                            role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
                            contains: {
                                id: '267c4e79e8bf4ee8bbd9143a11a337cd'
                                key: {
                                    name: 'x_seed_svcacct.auditor'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c64e52d5e69849ffaadb36f37d9f2c7d'
                        key: {
                            list_id: {
                                id: 'ddc36d7118ac4fcd9c36a14d35f70143'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'gui_access_until'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'cd540b0f27b74e0ab6b9e86833e344df'
                        key: {
                            list_id: {
                                id: '4e023dfeb53d47a6bed5f03856fa9629'
                                key: {
                                    name: 'sysapproval_approver'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: '7e7ef69c394c44bf9c154b3befb15e8c'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'comments'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd10c93aa83394b689fd3d78f3a27e86d'
                        key: {
                            document_key: '0ea6c8bd67f44923831bb1453247d01f'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd35ff52ffa544225ba65de3834b129b9'
                        key: {
                            document_key: '0beb71f1402044c99c4b53a84ce746d2'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd88b333bfa09460282a5e2156ebca93b'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'locked_down_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'db357fe37fa640b98234f91bd7fe0cda'
                        key: {
                            list_id: {
                                id: '984721deaf72489db7c9509399fda307'
                                key: {
                                    name: 'sc_req_item'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'ecc0d77544544ced9f3026797cfacba6'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'requested_for'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc1fcf9a26df4b24aba48100c9482a43'
                        key: {
                            document_key: '3ab671a921a94e8aafd40d6ca87d2461'
                            variable: '4a3319d73702030064a52f3c8e41f1a9'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'dcae473880f54e42b0b41edd802953d0'
                        key: {
                            list_id: {
                                id: '4e023dfeb53d47a6bed5f03856fa9629'
                                key: {
                                    name: 'sysapproval_approver'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: '7e7ef69c394c44bf9c154b3befb15e8c'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'approver'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'ddc36d7118ac4fcd9c36a14d35f70143'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dec5fe8876c1476da6f1a7f9d3993520'
                        key: {
                            document_key: '0ea6c8bd67f44923831bb1453247d01f'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'df0125664b144cc29ec39707bfe0287d'
                        key: {
                            sys_ui_form: {
                                id: 'ea5d3ebbd4714ef9b576ba64321de7e5'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e07136d723a24f7db721c39787f80246'
                        key: {
                            sys_ui_section: {
                                id: 'a7e423b33d66466ea1420ed1088adf12'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Activity'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'activity.xml'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e16a64226a54435ea0389cc294135e41'
                        key: {
                            document_key: 'eb50dc8eac2b44958e5344813a7e719b'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2679fb567724002b8448e40d52763b4'
                        key: {
                            document_key: '42aeb168c4da4df8b911875a832bda11'
                            variable: '90749dd73702030064a52f3c8e41f12d'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e40ed767f00441faaae4b11cbae436d1'
                        key: {
                            list_id: {
                                id: '984721deaf72489db7c9509399fda307'
                                key: {
                                    name: 'sc_req_item'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'ecc0d77544544ced9f3026797cfacba6'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'sys_created_on'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'ea5d3ebbd4714ef9b576ba64321de7e5'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb07d2f115254e03a0c5d61e5bb5acbc'
                        key: {
                            document_key: '0ea6c8bd67f44923831bb1453247d01f'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ec8c606b034c403d8ae992d7ae2c87de'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'owner'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ecae7a865b45430d9935f151b084d917'
                        key: {
                            document_key: '42aeb168c4da4df8b911875a832bda11'
                            variable: '932d14a33756030064a52f3c8e41f120'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'eddc01cef7754c4091a44cf9ac62b747'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'consuming_system'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ee3abedecf964b5883c4bb1f99f22493'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'consuming_system'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f3175df93d3949fcb3d60c2a79891af0'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'locked_down_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f6478e953160406781604b7e3309ae74'
                        key: {
                            sys_ui_section: {
                                id: '2db807b1a8d54eb695d4d178521223d1'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Lock-down'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'locked_down_by'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f77adffdf4bb41e1ae976c9b577b8f2b'
                        key: {
                            document_key: '0beb71f1402044c99c4b53a84ce746d2'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'f9039a1852cd45378ac54ab78d00fb6e'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f975a905664d4bd59548d337121e4f98'
                        key: {
                            list_id: {
                                id: '984721deaf72489db7c9509399fda307'
                                key: {
                                    name: 'sc_req_item'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'ecc0d77544544ced9f3026797cfacba6'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'approval'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fb283ca501874ac7957a632284371bc0'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'gui_access_until'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'fc4d2473a5fb416497ff64c9a75af6a5'
                        key: {
                            sys_ui_section: {
                                id: 'fc6eedafde7444c59356e395c82354ce'
                                key: {
                                    name: 'x_seed_svcacct_service_account'
                                    caption: 'Service account'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'fc6eedafde7444c59356e395c82354ce'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            caption: 'Service account'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ff4a7f7a41324c2abea35cfc4b2b27e9'
                        key: {
                            list_id: {
                                id: '984721deaf72489db7c9509399fda307'
                                key: {
                                    name: 'sc_req_item'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'ecc0d77544544ced9f3026797cfacba6'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ff6c0ebf1a5d46feaa1fb87bb4184d0d'
                        key: {
                            list_id: {
                                id: '984721deaf72489db7c9509399fda307'
                                key: {
                                    name: 'sc_req_item'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'ecc0d77544544ced9f3026797cfacba6'
                                    parent: 'x_seed_svcacct_service_account'
                                }
                            }
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fff1a16a2ed9412fbfdcebad6dd2755f'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'state'
                            language: 'en'
                        }
                    },
                ]
            }
        }
    }
}
