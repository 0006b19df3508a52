import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    'atf-lockdown-clear-flag': {
                        table: 'sys_atf_step'
                        id: '5b528f88b3064a929692c674c03e800b'
                    }
                    'atf-lockdown-click-confirm': {
                        table: 'sys_atf_step'
                        id: 'f7152161899243b28777c23b3c4bde56'
                    }
                    'atf-lockdown-create-account': {
                        table: 'sys_atf_step'
                        id: '1d89d959c7e341f0925d086f2fa71866'
                    }
                    'atf-lockdown-create-owner': {
                        table: 'sys_atf_step'
                        id: 'c17c3b5502ad49ccb47220e05e36e52f'
                    }
                    'atf-lockdown-drift-guard': {
                        table: 'sys_atf_test'
                        id: '24060aaf279247ba9dab2156451f90d5'
                    }
                    'atf-lockdown-find-confirm-action': {
                        table: 'sys_atf_step'
                        id: '2ebb9f416b5a4a0e8d7dbb141dc6b132'
                    }
                    'atf-lockdown-impersonate-owner': {
                        table: 'sys_atf_step'
                        id: 'ba2a9324fb5f405c95d704f73fce6ffe'
                    }
                    'atf-lockdown-insert-row': {
                        table: 'sys_atf_step'
                        id: '70207f3855524ba18996b3620b158061'
                    }
                    'atf-lockdown-open-row': {
                        table: 'sys_atf_step'
                        id: '8967fbf1c58e4e1f8340f3288517160c'
                    }
                    'atf-lockdown-row-is-api-only': {
                        table: 'sys_atf_step'
                        id: '732f1348487d4716bf0a166b7ab71c62'
                    }
                    'atf-lockdown-user-is-wsao': {
                        table: 'sys_atf_step'
                        id: '9f4cb409ca5f4ba3a88a315e87fa4210'
                    }
                    'atf-lockdown-user-is-wsao-again': {
                        table: 'sys_atf_step'
                        id: '99ca6e0b120349b7a9bac16cace29b72'
                    }
                    'atf-lockdown-wait-for-guard': {
                        table: 'sys_atf_step'
                        id: '7fef99bc5a444377acdeb732f0ce6c81'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: 'cea468057987487887428b427ec3768d'
                    }
                    'br-keep-web-service-only': {
                        table: 'sys_script'
                        id: '85429134a02d433bb2c6a696fa9b2432'
                    }
                    'br-lockdown-portal-confirmation': {
                        table: 'sys_script'
                        id: '7cd39910b4d74204893afa11e38f86bb'
                    }
                    'confirm-lockdown-item': {
                        table: 'sc_cat_item'
                        id: 'ad11a40e17eb4c2b902f3dc3e86f6812'
                    }
                    'csp-lockdown-sc-req-item-read': {
                        table: 'sys_scope_privilege'
                        id: 'bb94bfc03389400680bbf613ae0dc0b0'
                    }
                    'csp-lockdown-sc-req-item-write': {
                        table: 'sys_scope_privilege'
                        id: '7351c9e690e94bda8d08d8f82ebfbaf7'
                    }
                    'csp-lockdown-sys-user-read': {
                        table: 'sys_scope_privilege'
                        id: '1c0860c05d074151b0b830d9c0399d76'
                    }
                    'csp-lockdown-sys-user-write': {
                        table: 'sys_scope_privilege'
                        id: 'a0f37221109143fcb4556d2aba934c13'
                    }
                    'event-lockdown-completed': {
                        table: 'sysevent_register'
                        id: 'cb1268c322274129bdb2f838fd29278c'
                    }
                    'event-lockdown-reminder': {
                        table: 'sysevent_register'
                        id: '3441391d3a1d413dbdad9242e0a941f5'
                    }
                    'job-lock-down-expired-windows': {
                        table: 'sysauto_script'
                        id: 'a810291212a84b28a0e83a4201ee94e2'
                    }
                    'notification-lockdown-completed': {
                        table: 'sysevent_email_action'
                        id: '93d1dd8f36a14705a84d12c2d1ef6712'
                    }
                    'notification-lockdown-reminder': {
                        table: 'sysevent_email_action'
                        id: '611b7e445148447cae8f0ce975af8ae5'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '57b582eb1007414d8389039499192647'
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
                    'request-service-account-item': {
                        table: 'sc_cat_item'
                        id: 'e1f357274cdb4466b21165c67e64108f'
                    }
                    'service-account-admin-group': {
                        table: 'sys_user_group'
                        id: '363f18415e5a490ca4debd62109a8237'
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
                    'service-account-group': {
                        table: 'sys_user_group'
                        id: '211553d3b22342c697735afdda92c07d'
                    }
                    'service-account-group-itil': {
                        table: 'sys_group_has_role'
                        id: 'f74c7d7572154c20ba0239fe1876b59c'
                    }
                    'service-account-read-acl': {
                        table: 'sys_security_acl'
                        id: 'af3e0de16cc24602817ab39aa824272a'
                    }
                    'service-account-read-own-acl': {
                        table: 'sys_security_acl'
                        id: 'c5e0969b00d5428ea46a9ffab62cbd08'
                    }
                    'service-account-write-acl': {
                        table: 'sys_security_acl'
                        id: '2d6ce315332c453e93995dcc17bb464f'
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
                    'src_server_lockdown_confirm-lockdown_ts': {
                        table: 'sys_module'
                        id: '59f727a5895249bba2a464a0252b29e2'
                    }
                    'src_server_lockdown_drift-guard_ts': {
                        table: 'sys_module'
                        id: 'f653b59f4e1e421987c7f9b81b413fb3'
                    }
                    'src_server_lockdown_lock-down_ts': {
                        table: 'sys_module'
                        id: '1e6e5a61aca149e797b25baf6304cc7e'
                    }
                    'src_server_lockdown_lockdown-rules_ts': {
                        table: 'sys_module'
                        id: 'c070e5d115564653b694b208c3e72ca2'
                    }
                    'src_server_lockdown_reopen-gui-window_ts': {
                        table: 'sys_module'
                        id: '9a8ee0e2670b4f97b5d0ad32a286130b'
                    }
                    'src_server_lockdown_window-sweep_ts': {
                        table: 'sys_module'
                        id: 'a271f6eb66ee4254921d4e9e8fe86a77'
                    }
                    'src_server_naming_user-id-rules_ts': {
                        table: 'sys_module'
                        id: '9c72060f8c55402ca1267cf29f02513f'
                    }
                    'ui-action-confirm-lockdown': {
                        table: 'sys_ui_action'
                        id: '55561c20d46c405d9f1109c1753131d0'
                    }
                    'ui-action-reopen-gui-window': {
                        table: 'sys_ui_action'
                        id: 'f76d861dcdbe47f5a9cafbca2d5d2a76'
                    }
                }
                composite: [
                    {
                        table: 'sys_variable_value'
                        id: '01d79f1e6b5c42e198d6f9bffe85e5f4'
                        key: {
                            document_key: 'c17c3b5502ad49ccb47220e05e36e52f'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        table: 'sc_cat_item_catalog'
                        id: '0383da12cab44cfaa5dc7deecd09da41'
                        key: {
                            sc_cat_item: 'e1f357274cdb4466b21165c67e64108f'
                            sc_catalog: 'e0d08b13c3330100c8b837659bba8fb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '04122978a9334fe786fdf3f921f80765'
                        key: {
                            document_key: '2ebb9f416b5a4a0e8d7dbb141dc6b132'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0a3cf1b4246a457aad4071759014d7d7'
                        key: {
                            document_key: '9f4cb409ca5f4ba3a88a315e87fa4210'
                            variable: 'cbddfa135320220002c6435723dc3415'
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
                        table: 'sys_documentation'
                        id: '1108eb60c68b442fb803bdae87c9ed11'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_problem'
                            language: 'en'
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
                        table: 'sys_variable_value'
                        id: '131815f6d8f84c68a87ee1684d074e01'
                        key: {
                            document_key: 'c17c3b5502ad49ccb47220e05e36e52f'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        table: 'sys_documentation'
                        id: '177944d87fd4463dbe15c4b5ed81f703'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'account'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '17bcb6df1c124d11ac13164af8542c24'
                        key: {
                            document_key: '5b528f88b3064a929692c674c03e800b'
                            variable: '334b7bb7675003007ba405225685ef72'
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
                        id: '1f31a3e807e84b02868af51543d8e7a5'
                        key: {
                            document_key: '1d89d959c7e341f0925d086f2fa71866'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1f334628ca5b4aea89eb318eb3481c14'
                        key: {
                            document_key: '5b528f88b3064a929692c674c03e800b'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '20a01d6a69324ccfbe04d6d3261c86a3'
                        key: {
                            document_key: '2ebb9f416b5a4a0e8d7dbb141dc6b132'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '21c5736e42f8496cb01afdc1ea40fe5c'
                        key: {
                            document_key: 'c17c3b5502ad49ccb47220e05e36e52f'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        table: 'sys_variable_value'
                        id: '260e6dc00bc4477ba7c8849bb735eaae'
                        key: {
                            document_key: 'f7152161899243b28777c23b3c4bde56'
                            variable: '7600f16353e0220002c6435723dc34d5'
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
                        id: '2b524b583e2c4e618dd3dcbae6dc039f'
                        key: {
                            document_key: '99ca6e0b120349b7a9bac16cace29b72'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2c27a657d4564a4598ca7c5c75245bf9'
                        key: {
                            document_key: '9f4cb409ca5f4ba3a88a315e87fa4210'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2f4c88a92e5e4aad8d4bf23976def098'
                        key: {
                            document_key: '99ca6e0b120349b7a9bac16cace29b72'
                            variable: 'ff6e125353a0220002c6435723dc3442'
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
                        table: 'sys_variable_value'
                        id: '326a75c0725c4cc69d4a14dae1aa2005'
                        key: {
                            document_key: '1d89d959c7e341f0925d086f2fa71866'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '36215b37d5be460b81720c5fc774221c'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '5b528f88b3064a929692c674c03e800b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '36cfd10ea7a044bbb18399df0d9757e4'
                        key: {
                            document_key: '732f1348487d4716bf0a166b7ab71c62'
                            variable: 'cbddfa135320220002c6435723dc3415'
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
                        table: 'sc_cat_item_catalog'
                        id: '3d181e7fbcdf46aba39a4057357ad8cf'
                        key: {
                            sc_cat_item: 'ad11a40e17eb4c2b902f3dc3e86f6812'
                            sc_catalog: 'e0d08b13c3330100c8b837659bba8fb4'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '40c2449dfe8d4819a7f057435355e8f7'
                        key: {
                            sys_ui_action: 'f76d861dcdbe47f5a9cafbca2d5d2a76'
                            sys_user_role: {
                                id: 'b7979ffd19454968abedf4486e2fae10'
                                key: {
                                    name: 'x_seed_svcacct.admin'
                                }
                            }
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
                        id: '46a79805266446cebbeed501675408e3'
                        key: {
                            document_key: '8967fbf1c58e4e1f8340f3288517160c'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '484fd5181c814381828518bccc91ba56'
                        key: {
                            document_key: '732f1348487d4716bf0a166b7ab71c62'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '48afe09b26154a179c179a546b69b892'
                        key: {
                            document_key: '99ca6e0b120349b7a9bac16cace29b72'
                            variable: '52ed1e5b5360220002c6435723dc3421'
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
                        table: 'sys_variable_value'
                        id: '4f8f1fcb5fad438aa004242f7f228b5a'
                        key: {
                            document_key: '732f1348487d4716bf0a166b7ab71c62'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4fa7eeefee8a48c2a785a5aefb54f857'
                        key: {
                            document_key: 'c17c3b5502ad49ccb47220e05e36e52f'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '509361969004498b814719587d1eb284'
                        key: {
                            document_key: '8967fbf1c58e4e1f8340f3288517160c'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
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
                        table: 'item_option_new'
                        id: '53097290f7f7488184dc768710043d8a'
                        key: {
                            cat_item: 'ad11a40e17eb4c2b902f3dc3e86f6812'
                            variable_set: 'NULL'
                            name: 'service_account'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '53b140f3332344a3877f1bea8a8c3398'
                        key: {
                            document_key: 'f7152161899243b28777c23b3c4bde56'
                            variable: '3eee292353e0220002c6435723dc343c'
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
                        id: '57320390bc49463ca625e92dc46d212a'
                        key: {
                            document_key: '8967fbf1c58e4e1f8340f3288517160c'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '577a4acf3cbf4ab89f7a7c3af49f6a1c'
                        key: {
                            document_key: '70207f3855524ba18996b3620b158061'
                            variable: '90144b535320220002c6435723dc3488'
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
                        table: 'sys_element_mapping'
                        id: '62e85e25c5a34dda96a57302be6ef324'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '7fef99bc5a444377acdeb732f0ce6c81'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '64615864ba0c4d33a12f48e2207ba3c4'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '732f1348487d4716bf0a166b7ab71c62'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '647eefcb64024feaaa3aaba16b966709'
                        key: {
                            document_key: '99ca6e0b120349b7a9bac16cace29b72'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '666d783ebea3485fa8cbf37cd63186d4'
                        key: {
                            document_key: '5b528f88b3064a929692c674c03e800b'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ec259c8f35540fdbad5c2e22772b459'
                        key: {
                            document_key: '2ebb9f416b5a4a0e8d7dbb141dc6b132'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        id: '772133c137eb402f986a7e11c7648e4c'
                        key: {
                            document_key: 'f7152161899243b28777c23b3c4bde56'
                            variable: '535cb5ab53233300f06fddeeff7b1247'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '77434c8c72c746da8a1a665afc189e02'
                        key: {
                            document_key: 'c17c3b5502ad49ccb47220e05e36e52f'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
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
                        table: 'sys_variable_value'
                        id: '7aa6e11c87124751b64e930337c4a1b1'
                        key: {
                            document_key: '8967fbf1c58e4e1f8340f3288517160c'
                            variable: '74d6e7a0a3023110571967d1361e616b'
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
                        id: '7cfa8536d6c241ceb3d165be45a0d088'
                        key: {
                            document_key: '99ca6e0b120349b7a9bac16cace29b72'
                            variable: '6aad5a575360220002c6435723dc34b0'
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
                        id: '83486e16931244e8a60e9ea13b0b67f7'
                        key: {
                            document_key: '1d89d959c7e341f0925d086f2fa71866'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '84597720d660441496266cd8e1038bc5'
                        key: {
                            document_key: '7fef99bc5a444377acdeb732f0ce6c81'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '858cffdd8bfd46da963b4ca46fe4c6b2'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'reopen_reason'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '893e2189db354000aa453af50c1dd8ad'
                        key: {
                            document_key: '1d89d959c7e341f0925d086f2fa71866'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8b62f8021dbd4acaae7b063506dc2632'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '9f4cb409ca5f4ba3a88a315e87fa4210'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8c816acc8c7d468ba718365ecfc99db2'
                        key: {
                            document_key: '9f4cb409ca5f4ba3a88a315e87fa4210'
                            variable: 'ff6e125353a0220002c6435723dc3442'
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
                        id: '9147d0d9fccd495aa5211100c476349e'
                        key: {
                            document_key: '2ebb9f416b5a4a0e8d7dbb141dc6b132'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '91b1db30c7d4471f8206a9a076cedc27'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'ba2a9324fb5f405c95d704f73fce6ffe'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '95f1fecdf37a4de69787c97ee003f57f'
                        key: {
                            document_key: '9f4cb409ca5f4ba3a88a315e87fa4210'
                            variable: '67400008676003007ba405225685efa4'
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
                        table: 'sys_variable_value'
                        id: '96b56053be7644e9862d2c403dfb58f1'
                        key: {
                            document_key: 'c17c3b5502ad49ccb47220e05e36e52f'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_choice_set'
                        id: '9990d8e0a2394b599ee83161b51b7093'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_method'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9cb9bde99c614b7590e1481f5b7df402'
                        key: {
                            document_key: '70207f3855524ba18996b3620b158061'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        id: 'a4df9ec143d34478becc07b1a4bb6eee'
                        key: {
                            document_key: '1d89d959c7e341f0925d086f2fa71866'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a6002f439c8543718e5f82d28b077fc1'
                        key: {
                            document_key: 'c17c3b5502ad49ccb47220e05e36e52f'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a7f17c6c5675485bbea734f2830c523a'
                        key: {
                            document_key: '7fef99bc5a444377acdeb732f0ce6c81'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ac779fcf36b843218498bcce2dda4ef3'
                        key: {
                            document_key: '8967fbf1c58e4e1f8340f3288517160c'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'adaa8196fec649de89e86cec6d74f193'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '99ca6e0b120349b7a9bac16cace29b72'
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
                        table: 'sys_user_role'
                        id: 'b7979ffd19454968abedf4486e2fae10'
                        key: {
                            name: 'x_seed_svcacct.admin'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8d78b15a757475d9d54dd5ba20360fc'
                        key: {
                            document_key: 'f7152161899243b28777c23b3c4bde56'
                            variable: '334ea2f153212110248dddeeff7b1255'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c3d413d351e946b682971ae5a2238156'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'lockdown_problem'
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
                        table: 'sys_variable_value'
                        id: 'c472bfc3b5334c90a100cbe64484d7d3'
                        key: {
                            document_key: 'f7152161899243b28777c23b3c4bde56'
                            variable: '7c5f6d2353e0220002c6435723dc34f6'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c635e5995077432299f35481d01de205'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '70207f3855524ba18996b3620b158061'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cc11e3463a574aebb622e7679658153b'
                        key: {
                            document_key: '8967fbf1c58e4e1f8340f3288517160c'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ce16e1cbe42b42e0a38a83e16dd535e1'
                        key: {
                            document_key: '1d89d959c7e341f0925d086f2fa71866'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd066617ff50843a698dd817dffa58178'
                        key: {
                            document_key: '1d89d959c7e341f0925d086f2fa71866'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd4df66e98bc1459aa540c6bb0478ac04'
                        key: {
                            document_key: '9f4cb409ca5f4ba3a88a315e87fa4210'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd6992b7941784f38917a2f5c2d9a8763'
                        key: {
                            document_key: '732f1348487d4716bf0a166b7ab71c62'
                            variable: '52ed1e5b5360220002c6435723dc3421'
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
                        table: 'sys_variable_value'
                        id: 'db1208d50bc14c1dbd2cb51534cd9ac3'
                        key: {
                            document_key: '5b528f88b3064a929692c674c03e800b'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dc94a3e38a3a4d5a9a96e88b8e0c4894'
                        key: {
                            name: 'x_seed_svcacct_service_account'
                            element: 'reopen_reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'de172a503c474930997cb95f0647303b'
                        key: {
                            document_key: 'f7152161899243b28777c23b3c4bde56'
                            variable: '51547e3953212110248dddeeff7b126b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1eea132b6384b6eaa4d13a8410d4f24'
                        key: {
                            document_key: '70207f3855524ba18996b3620b158061'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'eb6aa12ceacc444da2d85a76dd9afd5b'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: '8967fbf1c58e4e1f8340f3288517160c'
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
                        table: 'sys_variable_value'
                        id: 'ef280fb7587848669c7fa06c114aa8ca'
                        key: {
                            document_key: 'ba2a9324fb5f405c95d704f73fce6ffe'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f0a2cd0d22c74ce78232eb1645e997f6'
                        key: {
                            document_key: '70207f3855524ba18996b3620b158061'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f1e0429f99724b6da73eebb3547ec816'
                        key: {
                            field: 'ui_action'
                            table: 'var__m_atf_input_variable_0f4a128297202200abe4bb7503ac4af0'
                            id: 'f7152161899243b28777c23b3c4bde56'
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
                        table: 'ua_table_licensing_config'
                        id: 'f9039a1852cd45378ac54ab78d00fb6e'
                        key: {
                            name: 'x_seed_svcacct_service_account'
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
                        table: 'sys_variable_value'
                        id: 'fca914aaa73446eca44bcc915fd1513a'
                        key: {
                            document_key: '732f1348487d4716bf0a166b7ab71c62'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fd91a60e97bf4cabbd75d1a52b495171'
                        key: {
                            document_key: '5b528f88b3064a929692c674c03e800b'
                            variable: '501c8f535320220002c6435723dc34da'
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
